defmodule Ex.Otp.Processes do
  # Processes from Elixir: spawn/monitor/link/trap_exit, exit reasons, Process.info subsets,
  # register, send_after with 0, process dictionary, hibernate, alive?, group leader.
  def main(_) do
    Process.flag(:trap_exit, true)
    me = self()
    pid = spawn_link(fn -> receive do {:echo, x} -> send(me, {:echoed, x}) end end)
    send(pid, {:echo, 42})
    receive do {:echoed, x} -> IO.inspect(x) end
    receive do {:EXIT, ^pid, r} -> IO.inspect({:exit, r}) end

    for reason <- [:normal, :kill, {:shutdown, 1}, :custom] do
      p = spawn(fn -> Process.sleep(:infinity) end)
      ref = Process.monitor(p)
      Process.exit(p, reason)
      receive do {:DOWN, ^ref, :process, ^p, r} -> IO.inspect({reason, r}) after 100 -> IO.inspect({reason, :still_alive, Process.alive?(p)}) end
    end

    IO.inspect(Process.monitor(:c.pid(0, 9999, 0)) |> is_reference())
    receive do {:DOWN, _, :process, _, r} -> IO.inspect({:down_noproc, r}) end
    IO.inspect(Process.register(self(), :main_proc))
    IO.inspect(Process.whereis(:main_proc) == self())
    IO.inspect(Process.registered() |> Enum.member?(:main_proc))
    Process.send_after(self(), :tick, 0)
    receive do :tick -> IO.puts("tick") end
    ref = Process.send_after(self(), :never, 10_000)
    IO.inspect(is_integer(Process.cancel_timer(ref)))
    IO.inspect(Process.read_timer(ref))
    Process.put(:k, 1)
    # get_keys/0 lists atom keys in the order of their atom-table indices, which differ on beamjs
    # (see maps/large_map_atoms in test/known-failures.ts): sorted here.
    IO.inspect({Process.get(:k), Enum.sort(Process.get_keys()), Process.delete(:k), Process.get(:k, :default)})
    IO.inspect(Process.info(self(), [:registered_name, :trap_exit, :priority, :status]))
    IO.inspect(Process.info(self(), :dictionary) |> elem(1) |> Keyword.drop([:"$ancestors", :"$initial_call", :rand_seed]))
    p2 = spawn(fn -> Process.hibernate(IO, :puts, ["woke from hibernate"]) end)
    ref2 = Process.monitor(p2)
    send(p2, :wake)
    receive do {:DOWN, ^ref2, _, _, r} -> IO.inspect({:hibernated_exit, r}) end
    IO.inspect(Process.alive?(p2))
    IO.inspect(Process.group_leader() |> is_pid())
    {p3, ref3} = spawn_monitor(fn -> exit(:from_spawn_monitor) end)
    receive do {:DOWN, ^ref3, :process, ^p3, r} -> IO.inspect(r) end
    IO.inspect(Process.demonitor(make_ref(), [:info]))
    IO.inspect(Process.unlink(self()))
    IO.inspect(:erlang.process_info(self(), :message_queue_len))
  end
end
