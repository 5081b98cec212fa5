defmodule Ex.String.Graphemes do
  # Grapheme clusters (Unicode 14 as Elixir 1.14 ships it): combining marks, ZWJ emoji sequences,
  # flags, Hangul syllables, CRLF, prepend and spacing marks, invalid bytes.
  def main(_) do
    samples = [
      "e\u0301tude",
      "👨‍👩‍👧‍👦 family",
      "🇫🇷🇩🇪🇺",
      "한국어 \u1100\u1161\u11A8",
      "a\r\nb\n\rc",
      "नमस्ते",
      "ก้ำ",
      "👍🏽👍🏿",
      "\u0300start",
      <<"ab", 0xFF, "c">>,
      "",
      "Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢"
    ]

    for s <- samples do
      IO.inspect(String.graphemes(s), label: "graphemes")
      IO.inspect({String.length(s), byte_size(s), length(String.codepoints(s))}, label: "len/bytes/cps")
      IO.inspect(String.reverse(s), label: "reverse")
      IO.inspect(String.next_grapheme(s), label: "next")
      IO.inspect(String.next_codepoint(s), label: "next_cp")
    end

    IO.inspect(String.graphemes("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}x"))
    IO.inspect(String.split("é🇫🇷x", ""))
    IO.inspect(String.at("e\u0301a", 1))
    IO.inspect(String.at("abc", -1))
    IO.inspect(String.at("abc", 5))
  end
end
