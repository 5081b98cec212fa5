defmodule Ex.Exceptions.UncaughtRaise do
  # An uncaught exception in main: elixir prints `** (RuntimeError) boom` and the stack trace on
  # stderr and exits with status 1; output before it is kept.
  def main(_) do
    IO.puts("before")
    helper(:go)
  end

  defp helper(:go) do
    _ = Enum.map([1], & &1)
    raise "boom\nsecond line"
  end
end
