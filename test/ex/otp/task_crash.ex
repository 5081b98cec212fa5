defmodule Ex.Otp.TaskCrash do
  # A Task that raises: Logger's "Task #PID<> started from #PID<> terminating" report, and the
  # linked caller exits; trapped here to print the reason.
  def main(_) do
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> raise ArgumentError, "task failed" end)

    try do
      Task.await(t)
    catch
      # The crash is logged before the caller sees the exit: flush Logger so the report comes first.
      :exit, {{%ArgumentError{message: m}, _}, {Task, :await, _}} -> Logger.flush(); IO.puts("await exited: #{m}")
    end

    {:ok, sup} = Task.Supervisor.start_link()
    t2 = Task.Supervisor.async_nolink(sup, fn -> :erlang.error(:bad_thing) end)
    r = Task.yield(t2)
    Logger.flush()
    IO.inspect(r |> then(fn {:exit, {r, _}} -> r end))
    Logger.flush()
  end
end
