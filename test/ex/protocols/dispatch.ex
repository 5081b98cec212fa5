defmodule Ex.Protocols.Dispatch do
  # Dispatch through unconsolidated protocols (elixirc leaves them so): every built-in type,
  # structs, derived and Any impls, impl_for, and Protocol.UndefinedError.
  alias Ex.Protocols.{Describe, Size, Point, Circle}

  def main(_), do: Ex.Protocols.Common.run()
end

defmodule Ex.Protocols.Common do
  alias Ex.Protocols.{Describe, Size, Point, Circle}

  def run do
    IO.inspect({Protocol.consolidated?(Describe), Protocol.consolidated?(Enumerable)}, label: "consolidated")

    terms = [1, 2.5, [1, 2], {1, 2, 3}, "bin", <<1::3>>, :atom, %{a: 1}, %Point{x: 1}, %Circle{r: 2}, self(), make_ref(), &IO.puts/1, fn -> 1 end, nil, true]

    for t <- terms do
      IO.puts(Describe.describe(t) |> String.replace(~r/#(PID|Reference|Function)<[^>]*>/, "#\\1<...>"))
      IO.inspect(Describe.impl_for(t))
      IO.inspect(Size.impl_for(t))
    end

    IO.inspect({Size.size(%{a: 1, b: 2}), Size.size(%Circle{r: 3})})
    IO.inspect(Describe.__protocol__(:functions))
    IO.inspect(Describe.__protocol__(:module))
    IO.inspect(Ex.Protocols.Describe.Integer.__impl__(:for))
    IO.inspect(Ex.Protocols.Describe.Integer.__impl__(:protocol))

    for t <- [1, %Point{}, "x", [1]] do
      try do
        IO.inspect(Size.size(t))
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end

    try do
      Enum.map(%Point{}, & &1)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end

    try do
      "#{%Point{}}"
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end

    try do
      apply(Describe, :describe, [])
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
