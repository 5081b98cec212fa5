defmodule Ex.Workloads.DeepRecursion do
  # Body recursion a million frames deep (bounded by memory on erts, not by a native stack),
  # deep nested data built and inspected, List.flatten of deep nesting.
  def main(_) do
    IO.inspect(sum(Enum.to_list(1..1_000_000)))
    IO.inspect(len(build(200_000)))
    deep = Enum.reduce(1..100_000, [], fn i, acc -> [acc, i] end)
    IO.inspect(List.flatten(deep) |> length())
    IO.inspect(:erlang.iolist_size(Enum.reduce(1..100_000, [], fn _, acc -> [acc | "x"] end)))
    nested = Enum.reduce(1..10_000, :leaf, fn i, acc -> {i, acc} end)
    IO.inspect(depth(nested))
    IO.inspect(inspect(nested, limit: 5))
    IO.inspect(:erlang.term_to_binary(nested) |> byte_size())
  end

  defp sum([]), do: 0
  defp sum([h | t]), do: h + sum(t)
  defp build(0), do: []
  defp build(n), do: [n | build(n - 1)]
  defp len([]), do: 0
  defp len([_ | t]), do: 1 + len(t)
  defp depth({_, t}), do: 1 + depth(t)
  defp depth(:leaf), do: 0
end
