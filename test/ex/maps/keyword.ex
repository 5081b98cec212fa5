defmodule Ex.Maps.Keyword do
  # Keyword lists: duplicates, put/delete/merge semantics, validate!, errors with messages.
  def main(_) do
    kw = [a: 1, b: 2, a: 3]
    IO.inspect({Keyword.get(kw, :a), Keyword.get_values(kw, :a), Keyword.fetch(kw, :c), Keyword.has_key?(kw, :b)})
    IO.inspect({Keyword.put(kw, :a, 0), Keyword.put_new(kw, :c, 4), Keyword.delete(kw, :a), Keyword.delete_first(kw, :a)})
    IO.inspect({Keyword.merge([a: 1, b: 2], [b: 3, a: 4]), Keyword.merge([a: 1], [a: 2], fn _, x, y -> x + y end)})
    IO.inspect({Keyword.take(kw, [:a]), Keyword.drop(kw, [:a]), Keyword.split(kw, [:b]), Keyword.keys(kw), Keyword.values(kw)})
    IO.inspect({Keyword.pop(kw, :a), Keyword.pop_first(kw, :a), Keyword.pop_values(kw, :a)})
    IO.inspect({Keyword.update(kw, :a, 0, &(&1 * 10)), Keyword.update(kw, :z, 0, & &1), Keyword.replace(kw, :b, :x)})
    IO.inspect({Keyword.keyword?(kw), Keyword.keyword?([{"a", 1}]), Keyword.keyword?([]), Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}])})
    IO.inspect({Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]), Keyword.filter(kw, fn {_, v} -> v > 1 end), Keyword.to_list(kw)})
    IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
    IO.inspect(Keyword.validate([c: 1], [:a, b: 2]))

    for f <- [
          fn -> Keyword.fetch!(kw, :zz) end,
          fn -> Keyword.validate!([c: 1, d: 2], [:a]) end,
          fn -> Keyword.update!(kw, :q, & &1) end,
          fn -> Keyword.get([1, 2], :a) end,
          fn -> Keyword.new([1]) end,
          fn -> Keyword.replace!(kw, :q, 1) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
