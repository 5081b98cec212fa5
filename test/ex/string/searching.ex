defmodule Ex.String.Searching do
  # starts_with?/ends_with?/contains? with lists and compiled patterns, :binary.match/matches,
  # String.duplicate, at/first/last, equivalent, and errors for bad patterns.
  def main(_) do
    IO.inspect(String.starts_with?("élan", ["e", "é"]))
    IO.inspect(String.starts_with?("abc", ""))
    IO.inspect(String.starts_with?("abc", []))
    IO.inspect(String.ends_with?("abc", ["bc", "x"]))
    IO.inspect(String.contains?("abc", ["x", "b"]))
    IO.inspect(String.contains?("abc", :binary.compile_pattern(["c"])))
    IO.inspect(String.contains?("abc", ""))
    IO.inspect(:binary.match("abcabc", "bc"))
    IO.inspect(:binary.matches("abcabc", ["b", "bc"]))
    IO.inspect(:binary.matches("aaaa", "aa"))
    IO.inspect(:binary.match("abc", "c", scope: {0, 2}))
    IO.inspect(String.duplicate("ab", 3))
    IO.inspect(String.duplicate("é", 0))

    for f <- [
          fn -> String.contains?("abc", [""]) end,
          fn -> :binary.match("abc", "") end,
          fn -> :binary.match("abc", "a", scope: {1, 5}) end,
          fn -> String.duplicate("a", -1) end,
          fn -> :binary.compile_pattern([]) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
