defmodule Ex.Regex.Backtracking do
  # Heavier regexes: nested quantifiers, alternations, backreferences, possessive quantifiers,
  # recursion (?R), conditionals; match limits reached (Regex.run returns nil, :re gives error).
  def main(_) do
    IO.inspect(Regex.run(~r/^(\w+\s?)*$/, "a bb ccc dddd eeeee"))
    IO.inspect(Regex.run(~r/\((?:[^()]|(?R))*\)/, "x (a (b c) (d (e))) y"))
    IO.inspect(Regex.run(~r/^(?:(a)|b)(?(1)c|d)$/, "ac"))
    IO.inspect(Regex.run(~r/^(?:(a)|b)(?(1)c|d)$/, "bd"))
    IO.inspect(Regex.run(~r/a++b/, "aaab"))
    IO.inspect(Regex.run(~r/a++a/, "aaaa"))
    IO.inspect(Regex.run(~r/(\w)(\w)\2\1/, "xabbay"))
    IO.inspect(Regex.scan(~r/\d{2,3}?/, "12345678"))
    IO.inspect(Regex.run(~r/(?|(a)|(b))/, "b"))
    IO.inspect(Regex.run(~r/(?:x|y|z)+?q/, "xyzxyzq"))
    IO.inspect(:re.run(String.duplicate("a", 30) <> "b", "^(a+)+$", [{:match_limit, 1000}]))
    IO.inspect(:re.run(String.duplicate("a", 25), "^(a|aa)+$", [:report_errors, {:match_limit_recursion, 10}]))
    IO.inspect(Regex.run(~r/^(a+)+$/, String.duplicate("a", 20) <> "b"))
    long = String.duplicate("ab", 5000)
    IO.inspect(Regex.scan(~r/ab/, long) |> length())
    IO.inspect(Regex.replace(~r/b/, long, "c") |> String.length())
    IO.inspect(String.split(long, ~r/a/) |> length())
    IO.inspect(:re.run("abc", "b", [{:capture, :all, :list}]))
    IO.inspect(:re.run("abc", "(b)", [:global, {:capture, [1], :binary}]))
    IO.inspect(:re.replace("a.b.c", "\\.", "-", [:global, {:return, :list}]))
    IO.inspect(:re.split("a1b2c", "\\d", [{:return, :binary}, :trim]))
    IO.inspect(:re.inspect(elem(:re.compile("(?<x>a)(?<y>b)"), 1), :namelist))
  end
end
