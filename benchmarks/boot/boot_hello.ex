defmodule BootHello do
  # The Elixir boot benchmark's program: everything measured is the boot (the elixir
  # application started as `elixir -e` starts it), main and the halt.
  def main(_args), do: IO.puts("hello")
end
