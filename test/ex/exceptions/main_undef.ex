defmodule Ex.Exceptions.MainUndef do
  # An undefined function called from main: UndefinedFunctionError's report with the
  # "module is not available" and "did you mean" wording.
  def main(_) do
    IO.puts("before")
    mod = Process.get(:none, Enum)
    mod.mapp([1], & &1)
  end
end
