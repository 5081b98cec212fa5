defmodule Ex.Exceptions.SelfExitNormal do
  # Process.exit(self(), :normal) in main, not trapping exits: main ends normally (status 0).
  def main(_) do
    IO.puts("before")
    Process.exit(self(), :normal)
    IO.puts("after self exit normal")
  end
end
