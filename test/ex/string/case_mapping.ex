defmodule Ex.String.CaseMapping do
  # upcase/downcase/capitalize: special casing (ß, ligatures, final sigma), the :ascii, :greek
  # and :turkic modes, titlecase digraphs, characters whose case maps grow in bytes.
  def main(_) do
    words = [
      "straße",
      "ﬁne ﬂow ﬀ",
      "ΣΑΣ ΟΔΟΣ Σ",
      "İstanbul ıi",
      "ǅemal ǆ Ǆ",
      "ŉ ǰ ΐ ΰ և",
      "ÀÉÎÕÜ àéîõü",
      "Ꭰꭰ",
      "ⱥȺ ɐⱯ",
      "ǈuǉ",
      "hello world",
      "123 abc ǳ",
      "ᾳ ᾼ ῼ"
    ]

    for w <- words do
      IO.inspect(
        [
          String.upcase(w),
          String.downcase(w),
          String.capitalize(w),
          String.upcase(w, :ascii),
          String.downcase(w, :ascii),
          String.downcase(w, :greek),
          String.upcase(w, :turkic),
          String.downcase(w, :turkic),
          String.capitalize(w, :turkic)
        ],
        label: w
      )
    end

    IO.inspect(String.upcase(<<"a", 0xFF, "b">>))
    IO.inspect(String.capitalize(""))
    IO.inspect(String.capitalize("ǳabc"))
    IO.inspect(String.capitalize("ßa"))
  end
end
