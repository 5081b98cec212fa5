defmodule Ex.Exceptions.RaiseNonException do
  # Odd raises: a module that is not an exception, a map, reraise of a non-exception, an
  # exception struct whose message/1 returns a non-string; uncaught at the end (a struct in exit).
  def main(_) do
    for f <- [
          fn -> raise Enum end,
          fn -> raise %{a: 1} end,
          fn -> raise :some_atom end,
          fn -> reraise "text", [] end,
          fn -> raise ArgumentError, [:not, :kw] end
        ] do
      try do
        f.()
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
    exit(%ArgumentError{message: "struct as exit reason"})
  end
end
