defmodule Ex.Enum.ZipChunk do
  # zip, zip_with, unzip, zip_reduce; chunk_every with steps and leftovers, chunk_by, chunk_while,
  # split_while, split_with.
  def main(_) do
    IO.inspect(Enum.zip([1, 2, 3], [:a, :b]))
    IO.inspect(Enum.zip([[1, 2, 3], [:a, :b, :c], ["x", "y"]]))
    IO.inspect(Enum.zip([]))
    IO.inspect(Enum.zip_with([1, 2], [3, 4], &+/2))
    IO.inspect(Enum.zip_with([[1, 2], [3, 4], [5, 6]], &Enum.sum/1))
    IO.inspect(Enum.unzip([{1, :a}, {2, :b}]))
    IO.inspect(Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> acc + a * b end))
    IO.inspect(Enum.chunk_every(1..10, 3))
    IO.inspect(Enum.chunk_every(1..10, 3, 2))
    IO.inspect(Enum.chunk_every(1..10, 3, 3, :discard))
    IO.inspect(Enum.chunk_every(1..10, 3, 3, [:x, :y]))
    IO.inspect(Enum.chunk_every(1..5, 2, 4))
    IO.inspect(Enum.chunk_every([], 2))
    IO.inspect(Enum.chunk_by([1, 1, 2, 3, 3, 1], & &1))
    IO.inspect(Enum.chunk_by(~w(a b cc dd e), &String.length/1))
    IO.inspect(Enum.chunk_while(1..10, [], fn x, acc -> if length(acc) == 2, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn acc -> {:cont, acc, []} end))
    IO.inspect(Enum.split_while(1..6, &(&1 < 3)))
    IO.inspect(Enum.split_with(1..6, &(rem(&1, 2) == 0)))
    IO.inspect(Enum.split(1..6, -2))

    try do
      Enum.chunk_every(1..3, 0)
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
