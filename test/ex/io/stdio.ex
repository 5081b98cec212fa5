defmodule Ex.Io.Stdio do
  # IO to the standard streams: puts/write with iodata and chardata, inspect to stderr, warn
  # (stderr, with a stack trace entry), binwrite, ANSI helpers, IO.getn/gets at end of input.
  def main(_) do
    IO.puts("plain")
    IO.puts(["io", ?d, ["ata", "é"]])
    IO.write(:stdio, "written\n")
    IO.write(:stderr, "to stderr\n")
    IO.inspect(:stderr, %{to: :stderr}, [])
    IO.puts(:stderr, "puts to stderr é")
    IO.warn("a warning")
    IO.warn("warning with stacktrace", [{Foo, :bar, 1, [file: 'foo.ex', line: 3]}])
    IO.binwrite("binwrite\n")
    IO.puts(IO.ANSI.format([:red, "red", :reset, " plain"], true) |> IO.chardata_to_string() |> inspect())
    IO.puts(IO.ANSI.format([:red, "no colour"], false))
    IO.inspect(IO.ANSI.enabled?())
    IO.inspect(IO.gets("prompt> "))
    IO.inspect(IO.read(:eof))
    IO.inspect(IO.getn("x", 3))
    IO.puts(1..3 |> Enum.map(&Integer.to_string/1))
    IO.puts(:atom_to_puts)
    IO.puts(12.5)
    IO.inspect(IO.iodata_length(["ab", ?c]))
  end
end
