defmodule Ex.Maps.MapBasics do
  # Map functions and their results' key order (small maps are sorted by key term order).
  def main(_) do
    m = %{b: 2, a: 1, c: 3}
    IO.inspect(m)
    IO.inspect({Map.put(m, :d, 4), Map.put_new(m, :a, 0), Map.put_new_lazy(m, :z, fn -> 26 end)})
    IO.inspect({Map.update(m, :a, 0, &(&1 + 1)), Map.update(m, :q, 0, &(&1 + 1)), Map.update!(m, :c, &(&1 * 10))})
    IO.inspect(Map.get_and_update(m, :a, fn v -> {v, v * 100} end))
    IO.inspect(Map.get_and_update(m, :a, fn _ -> :pop end))
    IO.inspect({Map.pop(m, :b), Map.pop(m, :x, :default), Map.pop_lazy(m, :x, fn -> :lazy end)})
    IO.inspect({Map.take(m, [:a, :x]), Map.drop(m, [:a, :x]), Map.split(m, [:a, :c])})
    IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end))
    IO.inspect(Map.new([{1, :a}, {2, :b}, {1, :c}]))
    IO.inspect(Map.new(1..3, &{&1, &1 * &1}))
    IO.inspect({Map.keys(m), Map.values(m), Map.to_list(m), map_size(m)})
    IO.inspect({Map.filter(m, fn {_, v} -> v > 1 end), Map.reject(m, fn {k, _} -> k == :a end)})
    IO.inspect({Map.fetch(m, :a), Map.fetch(m, :x), Map.has_key?(m, :b), Map.get(m, :x, 0), Map.get_lazy(m, :x, fn -> 1 end)})
    IO.inspect({Map.equal?(%{1 => :a}, %{1.0 => :a}), %{1 => :a} == %{1.0 => :a}, Map.replace(m, :x, 1), Map.replace(m, :a, 9)})
    IO.inspect(Map.map(m, fn {_k, v} -> v * 2 end) |> then(fn x -> x end))
    IO.inspect(%{m | a: :updated})
    IO.inspect(%{1 => 1, 1.0 => 2, "1" => 3, :"1" => 4, [1] => 5, {1} => 6})
    IO.inspect(Map.from_struct(%URI{host: "h"}) |> Map.take([:host, :port]))
    IO.inspect(:maps.iterator(%{a: 1, b: 2}) |> :maps.next() |> elem(0))
    IO.inspect(:maps.fold(fn k, v, acc -> [{k, v} | acc] end, [], %{x: 1, y: 2}))
    IO.inspect(:maps.groups_from_list(&rem(&1, 2), [1, 2, 3, 4, 5]))
    IO.inspect(:maps.filtermap(fn _, v -> v > 1 and {true, v * 10} end, %{a: 1, b: 2}))
  end
end
