defmodule Ex.String.Split do
  # String.split in all its forms: on whitespace (Unicode spaces), on strings, lists of strings,
  # compiled patterns and regexes, with parts: and trim:, split_at, splitter.
  def main(_) do
    IO.inspect(String.split("  a  b\tc\n d\u00A0e\u2003f  "))
    IO.inspect(String.split("a,b,,c,", ","))
    IO.inspect(String.split("a,b,,c,", ",", trim: true))
    IO.inspect(String.split("a,b,,c,", ",", parts: 2))
    IO.inspect(String.split("a,b,,c,", ",", parts: 3, trim: true))
    IO.inspect(String.split("a-b_c-d", ["-", "_"]))
    IO.inspect(String.split("aXbYYc", :binary.compile_pattern(["X", "YY"])))
    IO.inspect(String.split("a1b22c333d", ~r/\d+/))
    IO.inspect(String.split("a1b22c333d", ~r/(\d)+/, include_captures: true))
    IO.inspect(String.split("abc", ""))
    IO.inspect(String.split("abc", "", trim: true))
    IO.inspect(String.split("abc", "", parts: 2))
    IO.inspect(String.split("", ","))
    IO.inspect(String.split("", ",", trim: true))
    IO.inspect(String.split("é,ü", ","))

    for i <- [-5, -1, 0, 1, 2, 10] do
      IO.inspect(String.split_at("héllo", i))
    end

    IO.inspect(String.splitter("1 2  3", " ") |> Enum.take(3))
    IO.inspect(String.splitter("1 2  3", [" "], trim: true) |> Enum.to_list())

    try do
      String.split("abc", 1)
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end
