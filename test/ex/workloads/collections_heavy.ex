defmodule Ex.Workloads.CollectionsHeavy do
  # Larger collections: sort/sort_by/group_by/frequencies/uniq over 200k elements, maps and
  # MapSets of 100k keys, Stream pipelines, :ets with 100k rows, all reduced to small outputs.
  def main(_) do
    :rand.seed(:exsss, {3, 1, 4})
    list = for _ <- 1..200_000, do: :rand.uniform(1_000_000)
    IO.inspect(Enum.sort(list) |> Enum.take(5))
    IO.inspect(Enum.sort_by(list, &rem(&1, 1000), :desc) |> Enum.take(5))
    IO.inspect(Enum.group_by(list, &rem(&1, 7)) |> Map.new(fn {k, v} -> {k, length(v)} end))
    IO.inspect(Enum.frequencies_by(list, &rem(&1, 3)))
    IO.inspect(Enum.uniq(list) |> length())
    m = Map.new(1..100_000, &{&1, &1 * 2})
    IO.inspect({map_size(m), Map.get(m, 77_777), Enum.sum(Map.values(m))})
    m2 = Enum.reduce(1..50_000, m, &Map.delete(&2, &1))
    IO.inspect({map_size(m2), Map.keys(m2) |> Enum.min()})
    s = MapSet.new(list)
    IO.inspect({MapSet.size(s), MapSet.member?(s, hd(list))})
    IO.inspect(1..1_000_000 |> Stream.filter(&(rem(&1, 3) == 0)) |> Stream.map(&(&1 * 2)) |> Enum.sum())
    t = :ets.new(:big, [:set])
    for i <- 1..100_000, do: :ets.insert(t, {i, Integer.to_string(i)})
    IO.inspect({:ets.info(t, :size), :ets.lookup(t, 99_999)})
    IO.inspect(:ets.select_count(t, [{{:"$1", :_}, [{:<, :"$1", 1000}], [true]}]))
    IO.inspect(Enum.chunk_every(1..100_000, 7) |> length())
    IO.inspect(Enum.zip(1..100_000, 100_000..1//-1) |> Enum.count(fn {a, b} -> a < b end))
    IO.inspect(:lists.sort(fn a, b -> a >= b end, Enum.to_list(1..100_000)) |> hd())
  end
end
