defmodule Ex.String.Replace do
  # String.replace with strings, lists of patterns, compiled patterns, regexes with backrefs,
  # functions, global: false; the empty pattern; String.replace on graphemes.
  def main(_) do
    IO.inspect(String.replace("a,b,c", ",", ";"))
    IO.inspect(String.replace("a,b,c", ",", ";", global: false))
    IO.inspect(String.replace("abcabc", ["a", "bc"], "-"))
    IO.inspect(String.replace("abc", "", "."))
    IO.inspect(String.replace("", "", "."))
    IO.inspect(String.replace("hello world", ~r/o(.)/, "0\\1\\1"))
    IO.inspect(String.replace("hello world", ~r/(?<w>\w+)/, "<\\g{1}>"))
    IO.inspect(String.replace("hello", ~r/l/, fn m -> String.upcase(m) <> "!" end))
    IO.inspect(String.replace("aaa", "a", &"[#{&1}]"))
    IO.inspect(String.replace("é e\u0301", "e", "E"))
    IO.inspect(String.replace("abc", ~r//, "-"))
    IO.inspect(String.replace("abcabc", :binary.compile_pattern("b"), "B"))
    IO.inspect(String.replace("x.y.z", ".", "\\0"))
    IO.inspect(String.replace("x.y.z", ~r/\./, "\\\\"))
    # String.replace_invalid/2 comes in Elixir 1.16: the call probes UndefinedFunctionError's message.
    IO.inspect(String.replace_invalid_test())
  rescue
    e in UndefinedFunctionError -> IO.puts(Exception.message(e))
  end
end
