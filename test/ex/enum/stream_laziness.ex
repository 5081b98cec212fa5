defmodule Ex.Enum.StreamLaziness do
  # Streams do their work only when run, element by element: side effects show the order.
  # resource/unfold/iterate/cycle/transform, halting early, after-callbacks on halt.
  def main(_) do
    s =
      1..6
      |> Stream.map(fn x -> IO.puts("map #{x}"); x * 2 end)
      |> Stream.filter(fn x -> IO.puts("filter #{x}"); rem(x, 4) == 0 end)

    IO.puts("built")
    IO.inspect(Enum.take(s, 2))

    r =
      Stream.resource(
        fn -> IO.puts("open"); 0 end,
        fn
          n when n < 5 -> {[n], n + 1}
          n -> {:halt, n}
        end,
        fn n -> IO.puts("close at #{n}") end
      )

    IO.inspect(Enum.take(r, 2))
    IO.inspect(Enum.to_list(r))
    IO.inspect(Stream.unfold(1, fn n when n > 100 -> nil; n -> {n, n * 3} end) |> Enum.to_list())
    IO.inspect(Stream.iterate(1, &(&1 * 2)) |> Enum.take(10))
    IO.inspect(Stream.cycle([:a, :b]) |> Enum.take(5))

    t =
      Stream.transform(1..10, 0, fn x, acc ->
        if acc > 10, do: {:halt, acc}, else: {[{x, acc}], acc + x}
      end)

    IO.inspect(Enum.to_list(t))

    t2 =
      Stream.transform(1..4, fn -> IO.puts("start"); 0 end, fn x, acc -> {[x, -x], acc + 1} end, fn acc -> IO.puts("after #{acc}") end)

    IO.inspect(Enum.take(t2, 3))
    IO.inspect(Stream.take_while(1..100, &(&1 < 4)) |> Enum.to_list())
    IO.inspect(Stream.drop(1..5, -2) |> Enum.to_list())
    IO.inspect(Stream.take(1..5, -2) |> Enum.to_list())
    IO.inspect(Stream.with_index(~w(a b c), 10) |> Enum.to_list())
    IO.inspect(Stream.dedup([1, 1, 2, 1, 1]) |> Enum.to_list())
    IO.inspect(Stream.scan(1..5, &+/2) |> Enum.to_list())
    IO.inspect(Stream.intersperse(1..3, 0) |> Enum.to_list())
    IO.inspect(Stream.flat_map(1..3, &List.duplicate(&1, &1)) |> Enum.to_list())
    IO.inspect(Stream.concat([1..2, Stream.map(3..4, & &1)]) |> Enum.to_list())
    Stream.each(1..3, &IO.puts("each #{&1}")) |> Stream.run()
    IO.inspect(Stream.zip(Stream.cycle([1, 2]), ~w(x y z)) |> Enum.to_list())
    IO.inspect(Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
    IO.inspect(Stream.uniq_by([1, -1, 2, -2], &abs/1) |> Enum.to_list())
    IO.inspect(Stream.reject(1..6, &(rem(&1, 2) == 0)) |> Stream.map(&(&1 + 1)) |> Enum.sum())
  end
end
