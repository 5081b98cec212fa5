defmodule Ex.Regex.Unicode do
  # The u modifier: UTF-8 matching, \p{..} properties, case-insensitive Unicode, \X graphemes,
  # offsets in bytes; without u, bytes. Invalid UTF-8 subjects.
  def main(_) do
    IO.inspect(Regex.scan(~r/\p{L}+/u, "héllo wörld 日本語 123"))
    IO.inspect(Regex.scan(~r/\p{Lu}/u, "ÀbÇdÉ"))
    IO.inspect(Regex.scan(~r/\p{Han}/u, "日本語abc"))
    IO.inspect(Regex.scan(~r/\p{Greek}+/u, "abc αβγ ΔΕ"))
    IO.inspect(Regex.scan(~r/\p{N}/u, "1²③٤"))
    IO.inspect(Regex.scan(~r/\X/u, "e\u0301👨‍👩‍👧🇫🇷"))
    IO.inspect(Regex.run(~r/ÉTÉ/iu, "un été chaud"))
    IO.inspect(Regex.run(~r/straße/iu, "STRASSE"))
    IO.inspect(Regex.run(~r/σ/iu, "Σς"))
    IO.inspect(Regex.scan(~r/./u, "aé日"))
    IO.inspect(Regex.scan(~r/./, "aé"))
    IO.inspect(Regex.run(~r/é/u, "café", return: :index))
    IO.inspect(Regex.run(~r/\w+/u, "naïve café"))
    IO.inspect(Regex.run(~r/\w+/, "naïve café"))
    IO.inspect(Regex.run(~r/[[:alpha:]]+/u, "ñandú"))
    IO.inspect(Regex.run(~r/\s+/u, "a\u00A0\u2003b"))
    IO.inspect(Regex.match?(~r/./u, <<0xFF>>))
    IO.inspect(Regex.split(~r/\s*/u, "aé b"))
    IO.inspect(String.split("a→b→c", ~r/→/u))
    IO.inspect(Regex.replace(~r/(\p{Ll})(\p{Lu})/u, "aBcÉdÑ", "\\2\\1"))
    IO.inspect(Regex.run(~r/[^\x00-\x7F]+/u, "abc ünï"))
    IO.inspect(Regex.run(~r/\x{1F600}/u, "smile 😀"))
  end
end
