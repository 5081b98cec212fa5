defmodule Ex.Exceptions.StopStatus do
  # System.stop/1: the system shuts down in order (applications stopped) with the status.
  def main(_) do
    IO.puts("stopping")
    System.stop(4)
    Process.sleep(:infinity)
  end
end
