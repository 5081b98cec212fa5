defmodule Ex.Otp.Supervisor do
  # Supervisor: a child crashing and restarted (Logger's crash report), strategies one_for_one /
  # rest_for_one / one_for_all, count_children/which_children, terminate/restart/delete_child,
  # max restarts exceeded (the supervisor shuts down).
  defmodule Worker do
    use GenServer, restart: :permanent
    def start_link({name, test}), do: GenServer.start_link(__MODULE__, {name, test}, name: name)
    def init({name, test}), do: (send(test, {:started, name}); {:ok, name})
    def handle_call(:crash, _, s), do: raise("crash #{s}")
    def handle_call(:ping, _, s), do: {:reply, {:pong, s}, s}
  end

  def child(name), do: Supervisor.child_spec({Worker, {name, self()}}, id: name)

  def main(_) do
    Process.flag(:trap_exit, true)

    for strategy <- [:one_for_one, :rest_for_one, :one_for_all] do
      IO.puts("== #{strategy}")
      {:ok, sup} = Supervisor.start_link([child(:a), child(:b), child(:c)], strategy: strategy)
      drain()
      catch_exit(fn -> GenServer.call(:b, :crash) end)
      drain()
      IO.inspect(GenServer.call(:c, :ping))
      IO.inspect(Supervisor.count_children(sup))
      IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
      Supervisor.stop(sup)
    end

    {:ok, sup} = Supervisor.start_link([child(:x)], strategy: :one_for_one, max_restarts: 1, max_seconds: 60)
    drain()
    IO.inspect(Supervisor.terminate_child(sup, :x))
    IO.inspect(Supervisor.restart_child(sup, :x) |> elem(0))
    drain()
    IO.inspect(Supervisor.terminate_child(sup, :x))
    IO.inspect(Supervisor.delete_child(sup, :x))
    IO.inspect(Supervisor.delete_child(sup, :x))
    {:ok, _} = Supervisor.start_child(sup, child(:y))
    drain()
    catch_exit(fn -> GenServer.call(:y, :crash) end)
    drain()
    catch_exit(fn -> GenServer.call(:y, :crash) end)
    receive do {:EXIT, ^sup, r} -> Logger.flush(); IO.inspect({:supervisor_exit, r}) end
    Logger.flush()
  end

  defp catch_exit(f) do
    f.()
  catch
    # The crash is logged before the caller sees the exit: flush Logger so the report comes first.
    :exit, {reason, _} -> Logger.flush(); IO.puts("call exited: #{inspect(elem(reason, 0))}")
  end

  defp drain do
    receive do
      {:started, n} -> IO.puts("started #{n}"); drain()
    after
      0 -> :ok
    end
  end
end
