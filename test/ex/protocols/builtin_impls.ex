defmodule Ex.Protocols.BuiltinImpls do
  # User impls of Elixir's protocols (Enumerable, Collectable, String.Chars, Inspect) used by
  # Enum, Stream, for/into, interpolation and inspect; unconsolidated.
  alias Ex.Protocols.Bag

  def main(_) do
    b = %Bag{items: [3, 1, 2]}
    IO.inspect(b)
    IO.inspect(Enum.sort(b))
    IO.inspect({Enum.count(b), Enum.member?(b, 2), Enum.at(b, 1), Enum.slice(b, 1..2), Enum.reverse(b)})
    IO.inspect(Stream.map(b, &(&1 * 2)) |> Enum.to_list())
    IO.inspect(Enum.into([7, 8], %Bag{}))
    IO.inspect(for x <- b, into: %Bag{items: [0]}, do: x + 10)
    IO.puts("#{b}")
    IO.puts(to_string(b))
    IO.inspect([b, %{bag: b}], pretty: true, width: 20)
    IO.inspect(Enum.zip(b, b))
    IO.inspect(Enum.take(b, 2))
    IO.inspect(Enum.map_join(b, "+", & &1))
    IO.inspect(Enum.to_list(b) == Enum.to_list(b.items))
  end
end
