defmodule Ex.Exceptions.Reraise do
  # reraise with __STACKTRACE__ keeps the original trace; :erlang.raise/3; stacktrace shapes of
  # local, remote, anonymous and BIF frames, printed with Exception.format_stacktrace.
  def main(_) do
    try do
      try do
        level1(0)
      rescue
        e -> reraise ArgumentError, [message: "wrapped: " <> Exception.message(e)], __STACKTRACE__
      end
    rescue
      e ->
        IO.puts(Exception.message(e))
        IO.puts(Exception.format_stacktrace(__STACKTRACE__))
    end

    try do
      try do
        Enum.map([1, 0], fn x -> 10 / x end)
      catch
        kind, reason -> :erlang.raise(kind, reason, __STACKTRACE__)
      end
    rescue
      e ->
        IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end

    try do
      apply(String, :upcase, [:notastring])
    rescue
      e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end

    try do
      :lists.map(fn x -> x.missing end, [%{}])
    rescue
      e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
    end

    try do
      throw(:deep)
    catch
      :throw, v -> IO.inspect({v, length(__STACKTRACE__) > 0})
    end
  end

  defp level1(x), do: level2(x) + 1
  defp level2(x), do: div(10, x) + 1
end
