defmodule Ex.Enum.ListsTuples do
  # List and Tuple modules: flatten, fold, key functions, insert/update/delete at, wrap,
  # improper lists, to_tuple, Tuple.insert_at/delete_at/duplicate/append, errors.
  def main(_) do
    IO.inspect(List.flatten([1, [2, [3, []], [[4]]]]))
    IO.inspect(List.flatten([1, [2]], [3, 4]))
    IO.inspect(List.foldl([1, 2, 3], [], &[&1 | &2]))
    IO.inspect(List.foldr([1, 2, 3], [], &[&1 | &2]))
    kv = [{:a, 1}, {:b, 2}, {:a, 3}]
    IO.inspect({List.keyfind(kv, :a, 0), List.keyfind(kv, 3, 1), List.keyfind(kv, :z, 0, :none)})
    IO.inspect({List.keydelete(kv, :a, 0), List.keyreplace(kv, :a, 0, {:a, 9}), List.keystore(kv, :c, 0, {:c, 0})})
    IO.inspect({List.keysort([{2, :x}, {1, :y}, {2, :a}], 0), List.keymember?(kv, :b, 0), List.keytake(kv, :b, 0)})
    IO.inspect({List.insert_at([1, 2], -1, :x), List.insert_at([1, 2], 10, :x), List.update_at([1, 2], 0, &(&1 * 10))})
    IO.inspect({List.delete_at([1, 2, 3], -1), List.delete([1, 2, 1], 1), List.replace_at([1, 2], 5, 0)})
    IO.inspect({List.wrap(nil), List.wrap([1]), List.wrap(1), List.first([]), List.last([1, 2]), List.first([], :d)})
    IO.inspect({List.duplicate(:a, 3), List.zip([[1, 2], [3, 4]]), List.to_tuple([1, 2])})
    IO.inspect({List.improper?([1 | 2]), List.improper?([]), [1 | 2], [1, 2 | [3]]})
    IO.inspect({List.starts_with?([1, 2, 3], [1, 2]), List.pop_at([1, 2, 3], 1), List.ascii_printable?('abc\n')})
    IO.inspect({List.to_integer('123'), List.to_float('1.5'), List.to_atom('abc'), List.to_string([?a, "b"])})
    IO.inspect({[1, 2, 3] -- [2], [1, 2] ++ [3], [1, 2, 2, 3] -- [2, 3, 3]})
    t = {:a, :b, :c}
    IO.inspect({Tuple.insert_at(t, 1, :x), Tuple.delete_at(t, 0), Tuple.append(t, :d), Tuple.duplicate(0, 3), Tuple.to_list(t)})
    IO.inspect({Tuple.sum({1, 2, 3.5}), Tuple.product({2, 3})})
    IO.inspect({elem(t, 2), put_elem(t, 0, :z), tuple_size(t)})

    for f <- [
          fn -> elem(t, 3) end,
          fn -> Tuple.insert_at(t, 5, :x) end,
          fn -> List.to_integer('12a') end,
          fn -> hd([]) end,
          fn -> tl([]) end,
          fn -> List.first(:notalist) end,
          fn -> length([1 | 2]) end,
          fn -> [1 | 2] ++ [3] end,
          fn -> :lists.nth(5, [1]) end,
          fn -> List.foldl(:x, 0, &+/2) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
