defmodule Ex.Otp.Registry do
  # Registry: unique and duplicate keys, via tuples, lookup/match/count/select/dispatch,
  # metadata, partitions, and entries removed when their process exits.
  def main(_) do
    {:ok, _} = Registry.start_link(keys: :unique, name: U)
    {:ok, _} = Registry.start_link(keys: :duplicate, name: D, partitions: 2)
    IO.inspect(Registry.register(U, "a", :va))
    IO.inspect(Registry.register(U, "a", :again) |> elem(0))
    IO.inspect(Registry.lookup(U, "a") |> Enum.map(&elem(&1, 1)))
    {:ok, _} = Registry.register(D, :topic, 1)
    {:ok, _} = Registry.register(D, :topic, 2)
    IO.inspect(Registry.lookup(D, :topic) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
    IO.inspect(Registry.match(D, :topic, :"$1", [{:>, :"$1", 1}]) |> Enum.map(&elem(&1, 1)))
    IO.inspect({Registry.count(U), Registry.count(D), Registry.count_match(D, :topic, :_)})
    IO.inspect(Registry.select(U, [{{:"$1", :_, :"$2"}, [], [{{:"$1", :"$2"}}]}]))
    Registry.dispatch(D, :topic, fn entries -> for {_, v} <- Enum.sort_by(entries, &elem(&1, 1)), do: IO.puts("dispatch #{v}") end)
    IO.inspect(Registry.keys(U, self()))
    IO.inspect(Registry.update_value(U, "a", &{&1, :updated}))
    IO.inspect(Registry.unregister(U, "a"))
    IO.inspect(Registry.lookup(U, "a"))
    IO.inspect(Registry.meta(U, :nothing))
    IO.inspect(Registry.put_meta(U, :custom, 1))
    IO.inspect(Registry.meta(U, :custom))

    name = {:via, Registry, {U, "agent"}}
    {:ok, agent} = Agent.start(fn -> 0 end, name: name)
    IO.inspect(Agent.get(name, & &1))
    IO.inspect(Registry.lookup(U, "agent") |> Enum.map(&(elem(&1, 0) == agent)))
    ref = Process.monitor(agent)
    Agent.stop(agent)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    IO.inspect(wait_gone(U, "agent"))
    IO.inspect(Registry.register(:no_registry, 1, 1) |> then(fn _ -> :unreachable end))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end

  # The registry removes entries when it sees the process exit: ask until it has.
  defp wait_gone(reg, key) do
    case Registry.lookup(reg, key) do
      [] -> :gone
      _ -> wait_gone(reg, key)
    end
  end
end
