defmodule Ex.Maps.Mapset do
  # MapSet: construction, algebra, inspect (small and large), equality, Enum and errors.
  def main(_) do
    a = MapSet.new([3, 1, 2, 1])
    b = MapSet.new(2..5)
    IO.inspect({a, b})
    IO.inspect({MapSet.union(a, b), MapSet.intersection(a, b), MapSet.difference(a, b), MapSet.symmetric_difference(a, b)})
    IO.inspect({MapSet.subset?(MapSet.new([1]), a), MapSet.disjoint?(a, MapSet.new([9])), MapSet.equal?(a, MapSet.new([1, 2, 3]))})
    IO.inspect({MapSet.member?(a, 1.0), MapSet.put(a, 1.0), MapSet.delete(a, 2), MapSet.size(a)})
    IO.inspect({MapSet.filter(b, &(&1 > 3)), MapSet.reject(b, &(&1 > 3)), MapSet.map(a, &(&1 * 2))})
    IO.inspect(MapSet.new(1..50, &(&1 * 3)))
    IO.inspect(MapSet.new([:b, "a", 1, {2}, [3]]) |> Enum.to_list())
    IO.inspect(Enum.sum(b))
    IO.inspect(a == MapSet.new([1, 2, 3]))
    IO.inspect(MapSet.new([1]) |> inspect(structs: false))
    IO.inspect(Map.keys(MapSet.new(1..40).map) |> length())

    try do
      MapSet.union(a, [1])
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
