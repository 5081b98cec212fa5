defmodule Ex.Inspect.BasicTerms do
  # inspect of every plain term kind: integers (big, negative), floats (shortest round-trip
  # form), atoms that need quoting, strings with escapes, charlists, binaries and bitstrings,
  # tuples, improper lists, keyword lists, nested data.
  def main(_) do
    terms = [
      0, -1, 123_456_789_012_345_678_901_234_567_890, -(2 ** 64), 2 ** 53 + 1,
      1.0, -0.0, 0.1, 1.0e20, 1.0e21, 1.5e-7, 123456789.123, 2.0e-308, 5.0e-324, 1.7976931348623157e308, 100.0, 1.0e15, 1.0e16,
      :a, :"with space", :"9x", :Foo, Foo, :"Elixir.foo", :nil, :true, :"", :é, :"a-b", :a?, :b!, :"?", :+, :"//", :..., :"..", :"::", :@, :"@a", :&&, :"foo@bar", :"\n",
      "", "abc", "é", "a\nb\tc\"d\\e", "\e[0m", <<0>>, <<255, 1>>, "\u200B", <<"abc", 0xFF>>, "#\{x}",
      <<1::1>>, <<1, 2::4>>, <<>>,
      'abc', [?a, 0], [7, 8, 9], 'é', [1114111], [], [1 | 2], [1, 2 | :c], [[]], [a: 1, b: 2], [{:a, 1}, {"b", 2}], [{:"a b", 1}],
      {}, {1}, {1, "two", :three, [4]}, %{}, %{1 => 2}, %{"a" => 1, b: 2}, %{[1] => {2}},
      [a: [b: [c: %{d: {:e, 'f'}}]]]
    ]

    for t <- terms, do: IO.puts(inspect(t))
    IO.puts(inspect(:"Elixir.Mod.Sub"))
    IO.puts(inspect(String.to_atom("Elixir")))
    IO.puts(inspect(:"Elixir.123"))
  end
end
