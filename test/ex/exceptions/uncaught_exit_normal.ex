defmodule Ex.Exceptions.UncaughtExitNormal do
  # exit(:normal) in main ends the program quietly, with status 0.
  def main(_) do
    IO.puts("before")
    exit(:normal)
  end
end
