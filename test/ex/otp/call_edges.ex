defmodule Ex.Otp.CallEdges do
  # GenServer/Agent edge cases: calling itself, timeouts (0 and a blocked server), :timeout info
  # from init's timeout, hibernate_after, handle_info for unexpected messages (Logger), a server
  # that replies after exiting, Task.async_stream with timeout and :kill_task.
  defmodule S do
    use GenServer
    def init(:timeout), do: {:ok, :state, 0}
    def init(s), do: {:ok, s}
    def handle_info(:timeout, s), do: (IO.puts("init timeout fired"); {:noreply, s})
    def handle_call(:self_call, _f, s), do: {:reply, GenServer.call(self(), :x), s}
    def handle_call(:block, _f, s), do: (receive do :unblock -> :ok end; {:reply, :unblocked, s})
    def handle_call(:ping, _f, s), do: {:reply, :pong, s, :hibernate}
  end

  def main(_) do
    {:ok, t} = GenServer.start(S, :timeout)
    IO.inspect(GenServer.call(t, :ping))
    {:ok, s} = GenServer.start(S, :plain, hibernate_after: 10)
    show(fn -> GenServer.call(s, :self_call) end)
    show(fn -> GenServer.call(s, :block, 0) end)
    send(s, :unblock)
    IO.inspect(GenServer.call(s, :ping))
    send(s, :unexpected_message)
    IO.inspect(GenServer.call(s, :ping))
    Logger.flush()
    IO.inspect(:sys.get_status(s) |> elem(0))
    IO.inspect(Process.info(s, :status))
    results =
      Task.async_stream([1, 2, 3], fn
        2 -> receive do :never -> :ok end
        x -> x * 10
      end, timeout: 50, on_timeout: :kill_task)
      |> Enum.to_list()
    IO.inspect(results)
    {:ok, a} = Agent.start(fn -> receive do :go -> 0 end end |> then(fn f -> fn -> f.() end end) |> then(fn _ -> fn -> 0 end end))
    show(fn -> Agent.get(a, fn _ -> receive do :never -> 1 end end, 30) end)
    show(fn -> Agent.get(:c.pid(0, 9999, 0), & &1) end)
    show(fn -> GenServer.call(s, :ping, :bad_timeout) end)
  end

  defp show(f) do
    IO.inspect(f.())
  catch
    # A crash is logged before the caller sees the exit: flush Logger so the report comes first.
    :exit, reason -> Logger.flush(); IO.puts(Exception.format_exit(reason) |> String.replace(~r/#PID<[^>]+>/, "#PID<>"))
  end
end
