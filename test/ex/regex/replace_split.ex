defmodule Ex.Regex.ReplaceSplit do
  # Regex.replace with \N, \g{N}, \0 and functions receiving groups; global: false; split with
  # parts, trim, include_captures, on: named groups; escape/source/opts/compile errors.
  def main(_) do
    IO.inspect(Regex.replace(~r/(\w+)@(\w+)/, "ann@ex bob@why", "\\2 at \\1"))
    IO.inspect(Regex.replace(~r/(\d)/, "a1b2", "<\\g{1}0>"))
    IO.inspect(Regex.replace(~r/b/, "abcb", "[\\0]"))
    IO.inspect(Regex.replace(~r/b/, "abcb", "\\\\"))
    IO.inspect(Regex.replace(~r/(a)(b)?/, "ab a", fn whole, a, b -> "#{whole}|#{a}|#{b};" end))
    IO.inspect(Regex.replace(~r/o/, "foo", "0", global: false))
    IO.inspect(Regex.replace(~r/^/m, "a\nb", "> "))
    IO.inspect(Regex.replace(~r/$/, "ab", "!"))
    IO.inspect(Regex.replace(~r//, "abc", "-"))
    IO.inspect(Regex.split(~r/,/, "a,b,,c,"))
    IO.inspect(Regex.split(~r/,/, "a,b,,c,", trim: true))
    IO.inspect(Regex.split(~r/,/, "a,b,,c,", parts: 2))
    IO.inspect(Regex.split(~r/(,)/, "a,b", include_captures: true))
    IO.inspect(Regex.split(~r/-(?<sep>\d)-/, "a-1-b-2-c", on: [:sep]))
    IO.inspect(Regex.split(~r//, "abc"))
    IO.inspect(Regex.split(~r/x/, ""))
    IO.inspect(Regex.escape("a.b*c?[d]{e}(f)|g^h$i\\ #"))
    r = Regex.compile!("a+", "iu")
    IO.inspect({Regex.source(r), Regex.opts(r), Regex.regex?(r), Regex.version() |> is_binary()})
    IO.inspect(Regex.compile("(unclosed"))
    IO.inspect(Regex.compile("a{2,1}"))
    IO.inspect(Regex.compile("[z-a]"))
    IO.inspect(Regex.compile("x", "q"))
    IO.inspect(Regex.compile("(?<n>a)(?<n>b)"))

    try do
      Regex.compile!("*")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end

    IO.inspect(Regex.recompile(~r/abc/) |> elem(0))
    IO.inspect(Regex.run(Regex.compile!("(?<first>\\w)(?<rest>\\w*)"), "hello"))
  end
end
