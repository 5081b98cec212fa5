defmodule Ex.Regex.Captures do
  # Regex.run/scan/named_captures with every capture/return option: :all, :first, :all_but_first,
  # :all_names, names, :index; optional groups that did not participate; nested groups.
  def main(_) do
    r = ~r/(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/
    s = "on 2024-02 and 2023-12-31"
    IO.inspect(Regex.run(r, s))
    IO.inspect(Regex.run(r, s, capture: :all_but_first))
    IO.inspect(Regex.run(r, s, capture: :first))
    IO.inspect(Regex.run(r, s, capture: :all_names))
    IO.inspect(Regex.run(r, s, capture: ["day", "year"]))
    IO.inspect(Regex.run(r, s, return: :index))
    IO.inspect(Regex.run(r, s, offset: 10))
    IO.inspect(Regex.named_captures(r, s))
    IO.inspect(Regex.named_captures(r, "2023-12-31"))
    IO.inspect(Regex.scan(r, s))
    IO.inspect(Regex.scan(r, s, capture: :all_names))
    IO.inspect(Regex.scan(r, s, return: :index))
    IO.inspect(Regex.names(r))
    IO.inspect(Regex.run(~r/(a)|(b)/, "b"))
    IO.inspect(Regex.run(~r/(a)|(b)/, "b", capture: :all, include_empty?: true) |> then(& &1))
    IO.inspect(Regex.scan(~r/((a)(b)?)+/, "aabab"))
    IO.inspect(Regex.run(~r/x*/, "abc"))
    IO.inspect(Regex.scan(~r/x*/, "abc"))
    IO.inspect(Regex.scan(~r//, "ab"))
    IO.inspect(Regex.run(~r/(?<n>.)\k<n>/, "abccd"))
    IO.inspect(Regex.match?(~r/^\d+$/, "123\n"))
    IO.inspect(Regex.match?(Regex.compile!("^\\d+$", [:dollar_endonly]), "123\n"))
    IO.inspect(Regex.run(~r/^b/m, "a\nb"))
    IO.inspect(Regex.run(~r/a.c/s, "a\nc"))
    IO.inspect(Regex.run(~r/a b # comment
      c/x, "abc"))
    IO.inspect(Regex.run(~r/ABC/i, "xabcx"))
    IO.inspect(Regex.run(~r/a+?/U, "aaa"))
    IO.inspect(Regex.run(~r/(?i)x(?-i)Y/, "XY"))
    IO.inspect(Regex.run(~r/(?=(\d\d))/, "1234") )
    IO.inspect(Regex.scan(~r/(?<=a)b/, "abab cb"))
    IO.inspect(Regex.run(~r/(?>a+)b/, "aaab"))
    IO.inspect(Regex.run(~r/\bword\b/, "a word."))
  end
end
