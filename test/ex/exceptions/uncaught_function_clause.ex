defmodule Ex.Exceptions.UncaughtFunctionClause do
  # An uncaught FunctionClauseError: the report lists the arguments given and the attempted
  # clauses (read from the module's debug info).
  def main(_) do
    pick(:c, 1)
  end

  defp pick(:a, n) when is_integer(n), do: n
  defp pick(:b, n) when n > 0 and is_float(n), do: n
  defp pick(x, y) when is_list(x) or is_map(y), do: x
end
