defmodule Ex.Exceptions.SelfExitKill do
  # main kills itself: `** (EXIT) killed`, exit status 1; at_exit still runs.
  def main(_) do
    System.at_exit(fn s -> IO.puts("at_exit #{s}") end)
    IO.puts("before")
    Process.exit(self(), :kill)
    IO.puts("not reached")
  end
end
