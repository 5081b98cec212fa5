defmodule Ex.Regex.PrecompiledOptions do
  # Regexes compiled by elixirc into the .beam (erts's PCRE bytecode in a literal) against ones
  # compiled at run time on the VM: the same results for every modifier, and Regex.recompile.
  @compiled [~r/a.c/s, ~r/^x$/m, ~r/ä+/iu, ~r/(?<n>\d+)/, ~r/a b/x, ~r/a+?/U, ~r/\w+/u, ~r/[[:upper:]]/]

  def main(_) do
    subjects = ["abc a\nc", "y\nx\nz", "ÄÄää", "n=42", "ab", "aaa", "naïve café", "xYz"]
    for {re, s} <- Enum.zip(@compiled, subjects) do
      runtime = Regex.compile!(re.source, Regex.opts(re))
      IO.inspect({re.source, Regex.scan(re, s), Regex.scan(runtime, s) == Regex.scan(re, s)})
    end
    IO.inspect(Regex.recompile!(~r/x/) |> Regex.run("axb"))
    IO.inspect(:re.inspect(elem(Regex.recompile(~r/(?<a>.)(?<b>.)/), 1).re_pattern, :namelist))
  end
end
