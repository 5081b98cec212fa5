defmodule Ex.Inspect.Identifiers do
  # Pids, references, ports and funs: local and external funs, anonymous funs with and without
  # captured variables, funs from other modules; their inspect forms.
  def main(_) do
    IO.puts(inspect(self()))
    IO.puts(inspect(make_ref()))
    port = Port.open({:spawn, "cat"}, [:binary])
    IO.puts(inspect(port))
    Port.close(port)
    IO.puts(inspect(:c.pid(0, 1, 0)))
    x = 5
    funs = [&IO.puts/1, &Enum.map/2, fn -> 1 end, fn y -> x + y end, &main/1, &local/2, &:lists.sum/1, &String.Chars.to_string/1, &(&1 + x)]
    for f <- funs, do: IO.puts(inspect(f))
    IO.puts(inspect(Function.capture(Kernel, :+, 2)))
    IO.inspect(Function.info(fn -> 1 end) |> Keyword.take([:arity, :module, :name, :type, :env]))
    IO.inspect(Function.info(&IO.puts/1))
    IO.inspect(:erlang.fun_info(fn y -> x + y end, :env))
    IO.inspect(is_function(&local/2, 2))
    IO.puts(inspect(Stream.map([1], & &1)) =~ "#Stream<")
    IO.puts(inspect(:erlang.list_to_pid('<0.999.0>')))
    IO.puts(inspect(:erlang.list_to_ref('#Ref<0.1.2.3>')))
  end

  defp local(a, b), do: {a, b}
end
