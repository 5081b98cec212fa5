defmodule Ex.String.PadTrim do
  # Padding counts graphemes; trimming takes Unicode whitespace or given characters; the
  # replace_leading/trailing/prefix/suffix family.
  def main(_) do
    IO.inspect(String.pad_leading("é", 4))
    IO.inspect(String.pad_leading("abc", 8, "12"))
    IO.inspect(String.pad_trailing("abc", 8, ["x", "yz"]))
    IO.inspect(String.pad_trailing("abcdef", 3))
    IO.inspect(String.pad_leading("🇫🇷", 3, "·"))
    IO.inspect(String.trim("\u00A0\t hi \n\u2028"))
    IO.inspect(String.trim_leading("xxhixx", "x"))
    IO.inspect(String.trim_trailing("xxhixx", "x"))
    IO.inspect(String.trim("abcba", "ab"))
    IO.inspect(String.trim("  "))
    IO.inspect(String.replace_leading("aaab", "a", "x"))
    IO.inspect(String.replace_trailing("baaa", "a", "yy"))
    IO.inspect(String.replace_leading("aaa", "a", ""))
    IO.inspect(String.replace_prefix("prefix-rest", "prefix-", ""))
    IO.inspect(String.replace_suffix("file.ex", ".ex", ".exs"))
    IO.inspect(String.replace_prefix("abc", "", "z"))

    for f <- [
          fn -> String.pad_leading("a", -1) end,
          fn -> String.pad_leading("a", 3, "") end,
          fn -> String.replace_leading("a", "", "b") end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
