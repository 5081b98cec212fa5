# args: ["--", "-e", "IO.puts(:injected)", "+P", "10", "-pa", "/nowhere", "--flag=x", "-extra", "ü", " spaced "]
defmodule Ex.Io.OddArgs do
  # Arguments that look like options to erl or elixir are passed through untouched as binaries,
  # and OptionParser parses them as a script would.
  def main(args) do
    IO.inspect(args)
    IO.inspect(System.argv() == args)
    IO.inspect(OptionParser.parse(args, strict: [flag: :string, pa: :string]))
    IO.inspect(OptionParser.parse(["--count", "3", "-v", "file", "--no-color", "--", "--rest"], switches: [count: :integer, color: :boolean], aliases: [v: :verbose]))
    IO.inspect(OptionParser.split(~S(a "b c" d\ e 'f g')))
    IO.inspect(OptionParser.to_argv(count: 3, flag: true, name: "x"))
  end
end
