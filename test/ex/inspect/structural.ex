defmodule Ex.Inspect.Structural do
  # Inspect.Algebra directly (format, nest, glue, group, fold_doc, break modes), Macro.to_string
  # and Code.format_string! of code built at run time.
  import Inspect.Algebra

  def main(_) do
    doc = group(concat(["[", nest(glue(glue("aaaa", "bbbb"), "cccc"), 2), "]"]))
    for w <- [5, 10, 20, 80], do: IO.puts(format(doc, w) |> IO.iodata_to_binary())
    IO.puts(fold_doc(["a", "b", "c"], &glue(&1, ",", &2)) |> format(3) |> IO.iodata_to_binary())
    IO.puts(concat([line(), "x", line(), "y"]) |> nest(4) |> format(80) |> IO.iodata_to_binary() |> inspect())
    IO.puts(container_doc("(", Enum.to_list(1..20), ")", %Inspect.Opts{limit: 10}, fn i, _ -> to_string(i) end) |> format(20) |> IO.iodata_to_binary())
    IO.puts(Macro.to_string(quote(do: fn x -> case x do {:ok, v} -> v + 1; _ -> nil end end)))
    IO.puts(Macro.to_string(quote(do: %{"b" => [c: :d], a: 1} |> Map.get(:a) |> Kernel.+(1))))
    IO.puts(Code.format_string!("defmodule   M do def f(x),do: x+1\nend") |> IO.iodata_to_binary())
    IO.puts(Code.format_string!("[1,2,3]|>Enum.map(fn x->x*2 end)|>Enum.sum", line_length: 20) |> IO.iodata_to_binary())
    IO.inspect(Code.string_to_quoted!("a + b * c"))
    IO.inspect(Code.string_to_quoted!("foo(1, bar: 2)", columns: true))
    IO.inspect(Code.string_to_quoted("1 +"))
    IO.inspect(Code.string_to_quoted("\"unterminated"))
    IO.inspect(Code.string_to_quoted("x = )"))
    IO.inspect(Macro.escape(%{a: {1, 2}}))
    IO.inspect(Macro.underscore("FooBar.BazQux"))
    IO.inspect(Macro.camelize("foo_bar/baz"))
  end
end
