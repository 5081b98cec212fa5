defmodule Ex.Code.EvalLines do
  # Many one-line probes read from standard input (eval_lines.stdin), each evaluated with
  # Code.eval_string and printed with its result or the exception it raised: a wide sweep of
  # the standard library through the evaluator running on the VM.
  def main(_) do
    IO.stream(:stdio, :line)
    |> Stream.map(&String.trim_trailing(&1, "\n"))
    |> Stream.reject(&(&1 == "" or String.starts_with?(&1, "#")))
    |> Enum.each(fn line ->
      result =
        try do
          {v, _} = Code.eval_string(line)
          inspect(v, limit: 50, printable_limit: 200)
        rescue
          e -> "** (#{inspect(e.__struct__)}) #{Exception.message(e)}"
        catch
          k, r -> "** (#{k}) #{inspect(r)}"
        end

      IO.puts("#{line}\n  => #{result}")
    end)
  end
end
