defmodule Ex.String.Normalize do
  # NFC/NFD/NFKC/NFKD, canonical ordering of combining marks, Hangul composition, and
  # String.equivalent?; printed as codepoint lists so nothing hides in the rendering.
  def main(_) do
    samples = [
      "é",
      "e\u0301",
      "Å",
      "ﬁ",
      "①②",
      "한",
      "\u1112\u1161\u11AB",
      "a\u0323\u0302",
      "a\u0302\u0323",
      "ẛ̣",
      "Ω",
      "ｶﾞ",
      "x²",
      "\u0958",
      "\u2126\u212B"
    ]

    for s <- samples, form <- [:nfc, :nfd, :nfkc, :nfkd] do
      IO.inspect({s, form, String.normalize(s, form) |> String.to_charlist()})
    end

    IO.inspect(String.equivalent?("é", "e\u0301"))
    IO.inspect(String.equivalent?("ﬁ", "fi"))
    IO.inspect(:unicode.characters_to_nfc_binary("e\u0301"))
    IO.inspect(:unicode.characters_to_nfkd_list('ﬁ①'))
    IO.inspect(String.normalize(<<"a", 0xFF>>, :nfc))
  end
end
