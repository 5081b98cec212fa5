defmodule Ex.Enum.Ranges do
  # Ranges with steps (1.12+ first..last//step), empty and decreasing ranges, their Enum
  # functions and Range helpers, and the errors for bad steps.
  def main(_) do
    ranges = [1..10//3, 10..1//-3, 1..0//1, 5..5, 0..-5//-2, -3..3, 1..10//20, 3..1]

    for r <- ranges do
      IO.inspect(
        {r, Enum.to_list(r), Enum.count(r), Range.size(r), Enum.member?(r, 4), Enum.sum(r), Enum.reverse(r) |> Enum.take(3)},
        label: "range"
      )

      IO.inspect({Enum.slice(r, 1..2), Enum.at(r, -1), Enum.min_max(r) |> then(&{:ok, &1})})
    end

    IO.inspect(Enum.slice(1..100, 10..15))
    IO.inspect(Enum.slice(1..100//7, -3..-1))
    IO.inspect(Range.new(1, 10, 2))
    IO.inspect(Range.disjoint?(1..5, 6..10))
    IO.inspect(Range.disjoint?(1..5//2, 2..6//2))
    IO.inspect(Enum.map(1..3, &(&1 * &1)))
    IO.inspect(Enum.zip(1..3, ?a..?c))
    IO.inspect(Enum.random(7..7))
    IO.inspect(inspect(1..2//1))

    for f <- [fn -> Range.new(1, 10, 0) end, fn -> Enum.min_max(1..0//1) end, fn -> Range.new(1, :a) end] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
