defmodule Ex.Enum.RandomSeeded do
  # :rand seeded explicitly is deterministic on any VM: shuffle, random, take_random, and the
  # algorithms' raw outputs (integers, floats, normal, bytes).
  def main(_) do
    for alg <- [:exsss, :exro928ss, :exsp, :exrop, :exs1024s] do
      :rand.seed(alg, {1, 2, 3})
      IO.inspect({alg, :rand.uniform(), :rand.uniform(1000), :rand.uniform_real(), :rand.normal()})
      IO.inspect(Enum.shuffle(1..10))
      IO.inspect({Enum.random(1..1_000_000), Enum.take_random(1..100, 5), Enum.random(~w(a b c))})
    end

    s = :rand.seed_s(:exsss, 42)
    {a, s} = :rand.uniform_s(100, s)
    {b, s} = :rand.uniform_s(1 <<< 70, s)
    {c, _} = :rand.bytes_s(8, s)
    IO.inspect({a, b, c})
    :rand.seed(:exsss, {7, 7, 7})
    IO.inspect(:rand.export_seed() |> elem(1))
    IO.inspect(for _ <- 1..5, do: :rand.uniform(6))
    IO.inspect(:rand.jump() |> elem(1) |> is_list())
  end

  defp a <<< b, do: Bitwise.bsl(a, b)
end
