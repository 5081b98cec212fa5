defmodule Ex.Exceptions.UnlinkedCrash do
  # A spawned (unlinked) process that raises: Logger's "Process #PID<> raised an exception"
  # report with the stack trace; main goes on and ends normally.
  def main(_) do
    {pid, ref} = spawn_monitor(fn -> deep(3) end)
    # The crash is logged before the DOWN is sent: flush Logger so the report comes first.
    receive do {:DOWN, ^ref, :process, ^pid, {reason, _}} -> Logger.flush(); IO.inspect(reason) end
    {pid2, ref2} = spawn_monitor(fn -> Enum.map([1, 2], fn x -> 1 / (x - 2) end) end)
    receive do {:DOWN, ^ref2, :process, ^pid2, {reason, _}} -> Logger.flush(); IO.inspect(reason) end
    Logger.flush()
    IO.puts("main continues")
  end

  defp deep(0), do: raise(RuntimeError, "deep failure")
  defp deep(n), do: [deep(n - 1)]
end
