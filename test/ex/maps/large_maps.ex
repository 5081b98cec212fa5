defmodule Ex.Maps.LargeMaps do
  # Maps past 32 keys are hash tries on erts: key order (keys/values/to_list/inspect/iteration)
  # follows the hash, and must be the same on beamjs. Mixed key types, updates, deletes. (Atom keys
  # hash by their atom table index: large_map_atoms.)
  def main(_) do
    m33 = Map.new(1..33, &{&1, &1 * 2})
    IO.inspect(Map.keys(m33))
    IO.inspect(m33, limit: :infinity)
    mixed = Map.new(for(i <- 1..20, do: {i, i}) ++ for(i <- 1..20, do: {"s#{i}", i}) ++ for(i <- 1..10, do: {{i}, i}) ++ [{1.0, :f}, {[1], :l}, {%{}, :m}])
    IO.inspect(Map.to_list(mixed), limit: :infinity)
    IO.inspect(Enum.map(mixed, fn {k, _} -> k end) |> Enum.take(15))
    smaller = Enum.reduce(1..20, m33, fn i, acc -> Map.delete(acc, i) end)
    IO.inspect(smaller)
    IO.inspect(:maps.to_list(Map.put(smaller, 100, :x)))
    big = Map.new(1..1000, &{&1, &1})
    IO.inspect(Map.keys(big) |> Enum.take(40))
    IO.inspect(Map.keys(big) |> Enum.sum())
    IO.inspect(:erlang.phash2(big))
    IO.inspect(:erlang.term_to_binary(m33) |> :erlang.md5() |> Base.encode16())
    IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(m33)) == m33)
    IO.inspect(MapSet.new(1..40) |> MapSet.to_list())
    IO.inspect(Map.merge(m33, Map.new(30..50, &{&1, :new})) |> Map.keys())
    IO.inspect(Map.take(big, [999, 1, 500, 2000]))
    IO.inspect(for {k, v} <- Map.new(1..34, &{-&1, &1}), into: %{}, do: {v, k})
    binkeys = Map.new(for i <- 1..50, do: {crypto_free_hash(i), i})
    IO.inspect(Map.keys(binkeys) |> Enum.take(10))
  end

  defp crypto_free_hash(i), do: Integer.to_string(i * 2_654_435_761, 36)
end
