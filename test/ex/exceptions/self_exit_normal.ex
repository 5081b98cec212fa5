defmodule Ex.Exceptions.SelfExitNormal do
  # Process.exit(self(), :normal) in main: a process that sends itself a normal exit signal dies of
  # it, so elixir reports `** (EXIT from #PID<...>) normal` and exits 1.
  def main(_) do
    IO.puts("before")
    Process.exit(self(), :normal)
    IO.puts("after self exit normal")
  end
end
