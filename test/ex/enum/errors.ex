defmodule Ex.Enum.Errors do
  # What Enum raises, and the messages: empty collections, out of range, non-enumerables
  # (Protocol.UndefinedError), bad funs (BadArityError), Enum.fetch!.
  def main(_) do
    cases = [
      fn -> Enum.max([]) end,
      fn -> Enum.reduce([], &+/2) end,
      fn -> Enum.fetch!([1], 3) end,
      fn -> Enum.at(1, 0) end,
      fn -> Enum.map(%{a: 1} |> Map.get(:a), & &1) end,
      fn -> Enum.map([1], fn a, b -> a + b end) end,
      fn -> Enum.sum([1, :a]) end,
      fn -> Enum.random([]) end,
      fn -> Enum.zip(1, 2) end,
      fn -> Enum.into([1], %{}) end,
      fn -> Enum.count("abc") end,
      fn -> Enum.chunk_every([1], -1) end,
      fn -> Enum.take(1..3, :a) end,
      fn -> Enum.min_max([]) end,
      fn -> Enum.join([[1, 2], %{}], ",") end
    ]

    for f <- cases do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
