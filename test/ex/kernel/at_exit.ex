defmodule Ex.Kernel.AtExit do
  # System.at_exit callbacks run after main returns, in reverse order of registration, with the
  # exit status; output they write is kept.
  def main(_) do
    System.at_exit(fn status -> IO.puts("first registered, status #{status}") end)
    System.at_exit(fn status -> IO.puts("second registered, status #{status}") end)
    IO.puts("main returns")
  end
end
