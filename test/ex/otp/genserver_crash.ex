defmodule Ex.Otp.GenserverCrash do
  # A GenServer that raises in handle_call: Logger prints Elixir's "GenServer ... terminating"
  # report (message, state, client); the caller gets the exit.
  defmodule Crashy do
    use GenServer
    def init(s), do: {:ok, s}
    def handle_call(:boom, _from, s), do: raise("boom in #{inspect(s)}")
    def handle_cast(:bad_return, _s), do: :not_a_valid_return
    def handle_info(:exit, s), do: {:stop, {:shutdown, :asked}, s}
  end

  def main(_) do
    Process.flag(:trap_exit, true)
    {:ok, pid} = GenServer.start_link(Crashy, %{n: 1}, name: Crashy)

    try do
      GenServer.call(pid, :boom)
    catch
      :exit, reason -> Logger.flush(); IO.puts("caller got: " <> (Exception.format_exit(reason) |> String.replace(~r/#PID<[^>]+>/, "#PID<>")))
    end

    # Each crash is logged before the exit signal is sent: flushing Logger first keeps the report
    # before the line that follows, whichever process the schedulers run first.
    receive do {:EXIT, ^pid, r} -> Logger.flush(); IO.inspect({:exit, elem(r, 0)}) end
    {:ok, pid2} = GenServer.start_link(Crashy, :second)
    GenServer.cast(pid2, :bad_return)
    receive do {:EXIT, ^pid2, r} -> Logger.flush(); IO.inspect({:exit2, r}) end
    {:ok, pid3} = GenServer.start_link(Crashy, :third)
    send(pid3, :exit)
    receive do {:EXIT, ^pid3, r} -> Logger.flush(); IO.inspect({:exit3, r}) end
    Logger.flush()
  end
end
