defmodule Ex.Protocols.Structs do
  # Structs at run time: defaults, struct/2 and struct!/2 (unknown and enforced keys), updating,
  # matching, is_struct, Map functions on structs, __struct__/0,1, and their errors.
  alias Ex.Protocols.{Point, Circle}

  def main(_) do
    p = %Point{x: 1}
    IO.inspect({p, p.x, %{p | y: 5}, is_struct(p), is_struct(p, Circle), is_map(p)})
    IO.inspect(struct(Point, x: 2, z: 3))
    IO.inspect(struct(p, %{y: 9}))
    IO.inspect(Point.__struct__())
    IO.inspect(Point.__struct__(x: 7))
    IO.inspect(Map.from_struct(p))
    IO.inspect(Map.keys(p))
    IO.inspect(Map.put(p, :z, 1))
    IO.inspect(%Circle{r: 1})
    IO.inspect(match?(%Point{x: 1}, p))
    IO.inspect(match?(%{__struct__: Point}, p))
    IO.inspect(Map.delete(p, :__struct__))

    for f <- [
          fn -> struct!(Point, z: 1) end,
          fn -> struct!(Circle, []) end,
          fn -> Circle.__struct__(center: 1) end,
          fn -> %{p | z: 1} end,
          fn -> struct(NotAStruct, []) end,
          fn -> Point.__struct__(%{x: 1}) end,
          fn -> %Point{} = %Circle{r: 1} end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
