defmodule Ex.String.Validity do
  # valid?/printable?, chunk/2, codepoints on invalid input, String.Chars and :unicode conversions
  # with their incomplete/error tuples.
  def main(_) do
    samples = ["abc", "é\n\t", <<0xC3>>, <<0xED, 0xA0, 0x80>>, <<0xF4, 0x90, 0x80, 0x80>>, "\e[0m", "\u0000", "\u{10FFFF}", "a\u00ADb", <<"a", 0x80, "b">>]

    for s <- samples do
      IO.inspect({s, String.valid?(s), String.printable?(s), String.printable?(s, 2)})
      IO.inspect(String.chunk(s, :valid))
      IO.inspect(String.chunk(s, :printable))
      IO.inspect(String.codepoints(s))
    end

    IO.inspect(:unicode.characters_to_binary([?a, 0x110000]))
    IO.inspect(:unicode.characters_to_binary(<<0xC3>>))
    IO.inspect(:unicode.characters_to_binary("é", :utf8, :latin1))
    IO.inspect(:unicode.characters_to_binary("€", :utf8, :latin1))
    IO.inspect(:unicode.characters_to_binary("é", :utf8, {:utf16, :little}))
    IO.inspect(:unicode.characters_to_list(<<0, 233, 0, 97>>, :utf16))
    IO.inspect(:unicode.characters_to_binary(<<0xD8, 0x00>>, :utf16))
    IO.inspect(:unicode.bom_to_encoding(<<0xEF, 0xBB, 0xBF, ?x>>))
  end
end
