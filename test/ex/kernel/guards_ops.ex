defmodule Ex.Kernel.GuardsOps do
  # Kernel functions and operators at run time: type checks, comparisons across types, ++/--,
  # in/not in, =~, boolean operators and their errors, apply/Function, tuple/list helpers,
  # to_string/to_charlist for many types, then/tap, binding.
  defmodule G do
    defguard is_even_pos(n) when is_integer(n) and n > 0 and rem(n, 2) == 0
    def classify(x) when is_even_pos(x), do: :even_positive
    def classify(x) when is_integer(x), do: :integer
    def classify(x) when is_float(x) and x > 0.0, do: :positive_float
    def classify(x) when is_binary(x) and byte_size(x) > 2, do: :long_binary
    def classify(x) when is_map_key(x, :k), do: :map_with_k
    def classify(x) when is_struct(x, Range), do: :range
    def classify(x) when is_exception(x), do: :exception
    def classify(x) when x in [:a, :b], do: :a_or_b
    def classify(x) when tuple_size(x) == 2, do: :pair
    def classify(_), do: :other
  end

  def main(_) do
    IO.inspect(Enum.map([4, 3, 1.5, "abc", %{k: 1}, 1..2, %ArgumentError{}, :b, {1, 2}, {1}, -2], &G.classify/1))
    IO.inspect([1 < :a, :a < make_ref() |> then(fn _ -> :z end), {1} < {1, 2}, [1] > {9, 9}, %{} > {1}, "a" > [1], 1 == 1.0])
    IO.inspect({[1, 2, 3] -- [3, 1], [1, 2] ++ [3], 2 in [1, 2], 5 not in 1..3, "abc" =~ "b", "abc" =~ ~r/^a/})
    IO.inspect({true and false, false or :x, nil || :default, 0 && :and, !nil, not true})
    IO.inspect({apply(Enum, :sum, [[1, 2]]), apply(fn a -> a * 2 end, [21]), Function.identity(:id)})
    IO.inspect({to_string(:atom), to_string(1.5), to_string([?a, "b"]), to_charlist(123), to_charlist(:x)})
    IO.inspect({then(5, &(&1 + 1)), tap(5, &IO.inspect(&1, label: "tapped"))})
    x = 1
    y = :two
    IO.inspect(binding() |> Enum.sort())
    IO.inspect({max(1, :a), min("a", 1), abs(-3.5), ceil(1.2), floor(-1.2), round(1.5), trunc(-1.5)})
    IO.inspect({is_atom(nil), is_boolean(nil), is_function(&abs/1, 1), is_list([]), is_nil(false), is_number(1.0e3)})
    IO.inspect({binary_part("hello", 1, 3), bit_size(<<1::3>>), byte_size(<<1::9>>), length([1, 2]), map_size(%{a: 1})})
    IO.inspect({elem({1, 2}, 1), put_elem({1, 2}, 0, :x), tuple_size({}), hd([1, 2]), tl([1, 2]), node()})
    IO.inspect({div(-7, 2), rem(-7, 2), Integer.mod(-7, 2), 7 / 2})
    IO.inspect({inspect(x), inspect(y), String.Chars.to_string(~D[2020-01-01]), get_in(%{a: %{b: 1}}, [:a, :b])})
    IO.inspect(struct(URI, %{host: "h"}).host)
    IO.inspect(Kernel.function_exported?(Enum, :map, 2))
    IO.inspect(Kernel.macro_exported?(Kernel, :if, 2))
    IO.inspect(match?({:ok, _}, {:ok, 1}))
    IO.inspect(if(nil, do: 1, else: 2))
    IO.inspect(unless(false, do: :ran))
    IO.inspect(cond do
      x > 1 -> :big
      true -> :small
    end)
    IO.inspect(Kernel.++([1], 2))
    IO.inspect(:erlang.++([1, 2], [3]))
    IO.inspect(Kernel.--([1, 1, 2], [1]))
    IO.inspect(:erlang.is_map_key(:a, %{a: 1}))
    IO.inspect({:erlang.max(1, 1.0), :erlang.min(1.0, 1)})

    for f <- [
          fn -> Process.get(:none, 1) and true end,
          fn -> Process.get(:none, nil) or raise("x") end,
          fn -> not Process.get(:none, 1) end,
          fn -> [1] -- Process.get(:none, :a) end,
          fn -> Process.get(:none, :a) ++ [1] end,
          fn -> apply(Enum, :nope, []) end,
          fn -> apply(fn -> 1 end, [1]) end,
          fn -> elem({}, 0) end,
          fn -> binary_part("a", 0, 2) end,
          fn -> round(:a) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
