defmodule Ex.Workloads.StringsHeavy do
  # String functions on larger inputs: upcase/downcase/normalize/graphemes/split/replace of a
  # few hundred kilobytes of mixed-script text, hashed to keep the output small.
  def main(_) do
    base = "Ünïcödé text with ß, ǅ, ﬁ, 한국어, e\u0301, 👍🏽 and ascii words. "
    text = String.duplicate(base, 4000)
    h = fn s -> :erlang.md5(s) |> Base.encode16() end
    IO.inspect({byte_size(text), String.length(text)})
    IO.inspect(h.(String.upcase(text)))
    IO.inspect(h.(String.downcase(text)))
    IO.inspect(h.(String.normalize(text, :nfd)))
    IO.inspect(h.(String.normalize(text, :nfkc)))
    IO.inspect(String.graphemes(text) |> length())
    IO.inspect(String.split(text) |> length())
    IO.inspect(h.(String.replace(text, "ß", "ss")))
    IO.inspect(h.(String.reverse(text)))
    IO.inspect(String.jaro_distance(String.slice(text, 0, 300), String.slice(text, 5, 300)))
    IO.inspect(Regex.scan(~r/\w+/u, text) |> length())
    IO.inspect(text |> String.codepoints() |> Enum.frequencies() |> map_size())
    IO.inspect(h.(Enum.map_join(1..20_000, ",", &Integer.to_string/1)))
  end
end
