defmodule Ex.Code.MacrosRuntime do
  # Macro expansion at run time: Macro.expand/expand_once on Kernel macros, Macro.prewalk/
  # postwalk, Macro.to_string of expansions, Code.string_to_quoted + eval, dbg output.
  def main(_) do
    env = __ENV__
    ast = quote(do: unless(x, do: 1, else: 2))
    IO.puts(Macro.to_string(Macro.expand_once(ast, env)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: x |> f() |> g(1)), env)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: is_nil(x)), env)))
    {ast2, acc} = Macro.prewalk(quote(do: a + b * c), [], fn
      {name, _, nil} = v, acc when is_atom(name) -> {v, [name | acc]}
      other, acc -> {other, acc}
    end)
    IO.inspect({Macro.to_string(ast2), acc})
    IO.inspect(Macro.postwalk(quote(do: 1 + 2 * 3), fn {op, m, [a, b]} when is_integer(a) and is_integer(b) -> apply(Kernel, op, [a, b]) |> then(&Macro.update_meta(&1, fn x -> x end)) |> then(fn r -> r end); other -> other end) |> then(fn x -> {op, _, args} = if is_tuple(x), do: x, else: {:lit, nil, x}; {op, args} end))
    IO.inspect(Macro.decompose_call(quote(do: Foo.bar(1, 2))))
    IO.inspect(Macro.validate({:ok, [1, 2]}))
    IO.inspect(Macro.quoted_literal?(quote(do: [1, "a", :b])))
    IO.inspect(Macro.unique_var(:x, __MODULE__) |> elem(0))
    IO.inspect(Code.string_to_quoted!("Enum.sum([1, 2, 3])") |> Code.eval_quoted() |> elem(0))
    x = [1, 2, 3]
    x |> Enum.map(&(&1 * 2)) |> Enum.sum() |> dbg()
    dbg(x)
  end
end
