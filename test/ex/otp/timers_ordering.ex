defmodule Ex.Otp.TimersOrdering do
  # Timers fire in time order, whatever order they were set in; :timer functions; a receive
  # with after; Process.sleep of 0; erlang:start_timer messages.
  def main(_) do
    for ms <- [30, 10, 20, 0, 5], do: Process.send_after(self(), {:t, ms}, ms)
    for _ <- 1..5 do
      receive do {:t, ms} -> IO.puts("timer #{ms}") end
    end
    ref = :erlang.start_timer(5, self(), :payload)
    receive do {:timeout, ^ref, :payload} -> IO.puts("start_timer message") end
    {:ok, tref} = :timer.send_after(5, :via_timer)
    receive do :via_timer -> IO.puts("timer:send_after") end
    IO.inspect(:timer.cancel(tref))
    {:ok, iref} = :timer.send_interval(5, :tick)
    for _ <- 1..3, do: receive(do: (:tick -> IO.puts("tick")))
    IO.inspect(:timer.cancel(iref))
    Process.sleep(0)
    IO.inspect(receive do :nothing -> :got after 10 -> :after_fired end)
    {t, v} = :timer.tc(fn -> :done end)
    IO.inspect({is_integer(t), v})
    IO.inspect(:timer.seconds(2) + :timer.minutes(1) + :timer.hms(1, 0, 0))
  end
end
