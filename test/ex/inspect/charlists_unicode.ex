defmodule Ex.Inspect.CharlistsUnicode do
  # When a list prints as a charlist, a binary as a string, in Unicode and Latin-1: printable
  # ranges, escapes (\a \b \v \f \e \d), grapheme extenders, noncharacters, surrogates.
  def main(_) do
    lists = [[7, 8, 9, 10, 11, 12, 13, 27, 127], [?a, 128], [?a, 160], 'ñ', [0x1F600], [0xFEFF], [0xFFFE], [0x0300], [?a, 0x0301], [0xD7FF], [0xE000], [1, 2], [32, 126], [31]]
    for l <- lists, do: IO.puts(inspect(l))
    bins = [<<7, 8, 9, 10, 11, 12, 13, 27, 127>>, <<194, 128>>, "\u00A0", "\u{1F600}", "\u{FEFF}", "\u{FFFE}", "\u0300", "\u{10FFFF}", <<0xED, 0xA0, 0x80>>, "\x00\x01", "\d", "abc\\"]
    for b <- bins, do: IO.puts(inspect(b))
    IO.puts(inspect("é", binaries: :as_strings, printable_limit: 1))
    IO.puts(inspect(:"é\u0301"))
    IO.puts(inspect(:"ünïcödé_atom"))
    IO.puts(inspect(:"Ünïcode"))
    IO.puts(inspect(:"a\u0301b"))
    IO.puts(inspect(:"日本"))
    IO.puts(inspect(%{"é" => 'é', é: "é"}))
    IO.puts(inspect([é: 1]))
  end
end
