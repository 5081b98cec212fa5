defmodule Ex.String.Distance do
  # jaro_distance, bag_distance, myers_difference and List.myers_difference: float results
  # printed with full precision.
  def main(_) do
    pairs = [
      {"martha", "marhta"},
      {"dwayne", "duane"},
      {"dixon", "dicksonx"},
      {"", ""},
      {"abc", ""},
      {"élan", "elan"},
      {"same", "same"},
      {"crate", "trace"},
      {"🇫🇷ab", "ab🇫🇷"}
    ]

    for {a, b} <- pairs do
      IO.inspect({a, b, String.jaro_distance(a, b), String.bag_distance(a, b)})
      IO.inspect(String.myers_difference(a, b))
    end

    IO.inspect(List.myers_difference([1, 2, 3, 4], [1, 3, 4, 5]))
    IO.inspect(List.myers_difference([1, [2], 3], [1, [2, 3]], &(if is_list(&1) and is_list(&2), do: String.myers_difference(to_string(&1), to_string(&2)))))
  end
end
