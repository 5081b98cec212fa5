defmodule Ex.Maps.Access do
  # Access and the *_in functions: nested maps/keywords/structs, Access.at/key/all/filter/elem,
  # pop_in, get_and_update_in, and the errors Access gives.
  def main(_) do
    data = %{users: [%{name: "a", tags: [:x]}, %{name: "b", tags: []}], meta: [count: 2]}
    IO.inspect(get_in(data, [:users, Access.at(1), :name]))
    IO.inspect(get_in(data, [:users, Access.all(), :name]))
    IO.inspect(get_in(data, [:meta, :count]))
    IO.inspect(put_in(data, [:users, Access.at(0), :name], "z").users)
    IO.inspect(update_in(data, [:users, Access.all(), :tags], &[:new | &1]).users)
    IO.inspect(pop_in(data, [:users, Access.at(0)]) |> elem(0))
    IO.inspect(get_and_update_in(data, [:meta, :count], &{&1, &1 + 1}) |> elem(1) |> Map.get(:meta))
    IO.inspect(get_in(data, [:users, Access.filter(&(&1.name == "b")), :name]))
    IO.inspect(get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]))
    IO.inspect(put_in(%URI{}, [Access.key(:host)], "example.com").host)
    IO.inspect(get_in(%{a: nil}, [:a, :b]))
    IO.inspect(Access.fetch([a: 1], :a))
    IO.inspect(get_in([1, 2, 3], [Access.at(-1)]))
    IO.inspect(update_in([1, 2, 3], [Access.slice(0..1)], &(&1 * 10)))
    IO.inspect(data[:users] |> length())
    IO.inspect(put_in(data.meta[:count], 9).meta)

    for f <- [
          fn -> get_in(%URI{}, [:host]) end,
          fn -> put_in([1], [:a], 1) end,
          fn -> get_in(data, [:users, :name]) end,
          fn -> update_in(%{}, [:a, :b], & &1) end,
          fn -> Access.fetch(1, :a) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
