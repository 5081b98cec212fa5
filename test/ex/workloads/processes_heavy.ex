defmodule Ex.Workloads.ProcessesHeavy do
  # Many processes and messages: 10k spawned processes replying, a ring passing a token 100k
  # times, Task.async_stream over 5k items, a GenServer taking 50k calls.
  defmodule Counter do
    use GenServer
    def init(n), do: {:ok, n}
    def handle_call(:inc, _f, n), do: {:reply, n + 1, n + 1}
  end

  def main(_) do
    me = self()
    pids = for i <- 1..10_000, do: spawn(fn -> send(me, {:hi, i}) end)
    total = Enum.reduce(pids, 0, fn _, acc -> receive do {:hi, i} -> acc + i end end)
    IO.inspect(total)
    first = ring(self(), 100)
    send(first, {:token, 100_000})
    IO.puts("ring done: #{around(first)}")
    IO.inspect(Task.async_stream(1..5000, &(&1 * &1), max_concurrency: 8) |> Enum.reduce(0, fn {:ok, v}, a -> a + v end))
    {:ok, c} = GenServer.start_link(Counter, 0)
    for _ <- 1..50_000, do: GenServer.call(c, :inc)
    IO.inspect(GenServer.call(c, :inc))
  end

  defp ring(last, 0), do: last
  defp ring(next, n), do: ring(spawn(fn -> relay(next) end), n - 1)

  # main closes the ring: the token comes back to it after each 100 hops.
  defp around(first, laps \\ 1) do
    receive do
      {:token, k} when k <= 0 -> laps
      {:token, k} -> send(first, {:token, k}); around(first, laps + 1)
    end
  end

  defp relay(next) do
    receive do
      {:token, k} -> send(next, {:token, k - 1}); relay(next)
    end
  end
end
