defmodule Ex.Code.EvalString do
  # Code.eval_string: the Elixir compiler's front end and erl_eval running on the VM. Bindings in
  # and out, imports/aliases in the env, multi-expression blocks, anonymous functions, pattern
  # matching, comprehensions, the errors (syntax, missing terminator, compile, undefined).
  def main(_) do
    IO.inspect(Code.eval_string("1 + 2"))
    IO.inspect(Code.eval_string("a + b", a: 1, b: 2))
    IO.inspect(Code.eval_string("x = 10; y = x * 2; {x, y}"))
    IO.inspect(Code.eval_string("[h | t] = list; {h, t}", list: [1, 2, 3]))
    IO.inspect(Code.eval_string("for x <- 1..5, rem(x, 2) == 1, into: %{}, do: {x, x * x}"))
    IO.inspect(Code.eval_string("f = fn a, b -> a * b end; f.(6, 7)"))
    IO.inspect(Code.eval_string("Enum.map(~w(a b), &String.upcase/1)"))
    IO.inspect(Code.eval_string("import String, only: [reverse: 1]; reverse(\"abc\")"))
    IO.inspect(Code.eval_string("alias Enum, as: E; E.sum([1, 2])"))
    IO.inspect(Code.eval_string("case {:ok, 1} do {:ok, v} when v > 0 -> :pos; _ -> :other end"))
    IO.inspect(Code.eval_string("with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:error, 2} do a + b else {:error, e} -> {:failed, e} end"))
    IO.inspect(Code.eval_string("try do raise \"x\" rescue e -> e.message end"))
    IO.inspect(Code.eval_string("<<a::8, rest::binary>> = \"hey\"; {a, rest}"))
    IO.inspect(Code.eval_string("%{a: a} = %{a: :matched}; a"))
    IO.inspect(Code.eval_string("receive do x -> x after 0 -> :nothing end"))
    IO.inspect(Code.eval_string("quote do: unquote(v) + 1", v: 41) |> elem(0) |> Code.eval_quoted())
    IO.inspect(Code.eval_string("__ENV__.file", [], file: "virtual.exs") |> elem(0))
    IO.inspect(Code.eval_string("__ENV__.line", [], line: 42) |> elem(0))
    IO.inspect(Code.eval_string("var!(x) = 5", [x: 1]))
    IO.inspect(Code.eval_string("~r/a(b)/ |> Regex.run(\"xab\")"))
    IO.inspect(Code.eval_string("String.to_atom(\"dyn\") |> is_atom()"))

    for src <- ["1 +", "\"open", "fn ->", "x = ", "undefined_var_xyz", "NoSuchModule.f()", "1 = 2", "%{} = :a", "Enum.map(1)", "def f, do: 1", "<<1::size(-1)>>", "@attr 1"] do
      try do
        IO.inspect(Code.eval_string(src))
      rescue
        e -> IO.puts("#{inspect(src)} -> #{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
