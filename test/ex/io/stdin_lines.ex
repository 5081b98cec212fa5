defmodule Ex.Io.StdinLines do
  # Standard input in Elixir: IO.gets line by line, IO.stream(:stdio, :line), IO.read(:eof),
  # binread, Unicode input (the .stdin file beside the program).
  def main(_) do
    IO.inspect(IO.gets(""))
    IO.inspect(IO.read(:stdio, 4))
    IO.inspect(IO.binread(:stdio, :line))
    IO.inspect(IO.stream(:stdio, :line) |> Enum.take(2))
    IO.inspect(IO.read(:stdio, :eof))
    IO.inspect(IO.gets(""))
  end
end
