defmodule Ex.Otp.AgentTask do
  # Agent (get/update/get_and_update/cast/stop, named) and Task (async/await, yield, await_many,
  # async_stream ordered and unordered with max_concurrency, Task.start, Task.Supervisor).
  def main(_) do
    {:ok, a} = Agent.start_link(fn -> %{} end, name: :kv)
    Agent.update(:kv, &Map.put(&1, :a, 1))
    Agent.cast(a, &Map.put(&1, :b, 2))
    IO.inspect(Agent.get(:kv, & &1))
    IO.inspect(Agent.get_and_update(a, fn s -> {map_size(s), Map.put(s, :c, 3)} end))
    IO.inspect(Agent.get(a, Map, :keys, []))
    IO.inspect(Agent.stop(a))

    t = Task.async(fn -> 6 * 7 end)
    IO.inspect(Task.await(t))
    ts = for i <- 1..5, do: Task.async(fn -> i * i end)
    IO.inspect(Task.await_many(ts))
    IO.inspect(Task.yield(Task.async(fn -> :quick end), 5000))
    slow = Task.async(fn -> receive do :go -> :went end end)
    IO.inspect(Task.yield(slow, 10))
    send(slow.pid, :go)
    IO.inspect(Task.await(slow))
    IO.inspect(Task.async_stream(1..8, &(&1 * 10), max_concurrency: 3) |> Enum.to_list())
    IO.inspect(Task.async_stream(1..8, &(&1 * 10), ordered: false, max_concurrency: 1) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
    IO.inspect(Task.async_stream([1, 0, 2], fn x -> 1 / x end, zip_input_on_exit: true) |> Enum.take(1))
    me = self()
    {:ok, _} = Task.start(fn -> send(me, :from_task) end)
    receive do :from_task -> IO.puts("got from_task") end

    {:ok, sup} = Task.Supervisor.start_link()
    IO.inspect(Task.Supervisor.async(sup, fn -> :supervised end) |> Task.await())
    t2 = Task.Supervisor.async_nolink(sup, fn -> exit(:crashed_on_purpose) end)
    IO.inspect(Task.yield(t2, 5000))
    IO.inspect(Task.Supervisor.async_stream(sup, [1, 2], &(&1 + 1)) |> Enum.to_list())
    IO.inspect(Task.Supervisor.children(sup))

    try do
      Task.await(Task.async(fn -> receive do :never -> 1 end end), 20)
    catch
      :exit, {reason, {Task, fun, _}} -> IO.inspect({reason, fun})
    end
  end
end
