defmodule Ex.Otp.Genserver do
  # GenServer: call/cast/info, handle_continue, reply/2 from another process, named servers,
  # call timeouts to a busy server, calls to dead and unknown servers (exit messages), stop.
  defmodule Stack do
    use GenServer

    def init(items), do: {:ok, items, {:continue, :warm}}
    def handle_continue(:warm, s), do: (IO.puts("continue with #{inspect(s)}"); {:noreply, s})
    def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
    def handle_call(:pop, _from, []), do: {:reply, nil, []}
    def handle_call({:later, pid}, from, s), do: (send(pid, {:reply_for, from}); {:noreply, s})
    def handle_call(:state, _from, s), do: {:reply, s, s}
    def handle_call(:stop, _from, s), do: {:stop, :normal, :stopping, s}
    def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
    def handle_info(msg, s), do: (IO.puts("info #{inspect(msg)}"); {:noreply, s})
    def terminate(reason, s), do: IO.puts("terminate #{inspect(reason)} #{inspect(s)}")
  end

  def main(_) do
    {:ok, pid} = GenServer.start_link(Stack, [1, 2], name: :stack)
    IO.inspect(GenServer.call(:stack, :pop))
    GenServer.cast(:stack, {:push, :x})
    send(pid, :hello)
    IO.inspect(GenServer.call(pid, :state))
    helper = spawn(fn -> receive do {:reply_for, from} -> GenServer.reply(from, :replied_by_helper) end end)
    IO.inspect(GenServer.call(pid, {:later, helper}))
    IO.inspect(GenServer.whereis(:stack) == pid)
    IO.inspect(GenServer.call(pid, :stop))
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r}) end

    for f <- [
          fn -> GenServer.call(pid, :pop) end,
          fn -> GenServer.call(:no_such_server, :pop) end,
          fn -> GenServer.call({:global, :nobody}, :x) end,
          fn -> GenServer.start(Stack, :bad_init_arg) |> elem(0) end
        ] do
      try do
        IO.inspect(f.())
      catch
        :exit, reason -> IO.puts(Exception.format_exit(reason) |> String.replace(~r/#PID<[^>]+>/, "#PID<>"))
      end
    end

    {:ok, slow} = GenServer.start(Stack, [])
    :sys.suspend(slow)

    try do
      GenServer.call(slow, :pop, 50)
    catch
      :exit, reason -> IO.puts(Exception.format_exit(reason) |> String.replace(~r/#PID<[^>]+>/, "#PID<>"))
    end

    :sys.resume(slow)
    IO.inspect(:sys.get_state(slow))
    IO.inspect(GenServer.stop(slow, :shutdown))
  end
end
