defmodule Ex.Kernel.EtsTerms do
  # ETS, persistent_term, :counters, :atomics and term_to_binary/binary_to_term from Elixir,
  # with structs and funs as values; ordered_set order across types; match specs from
  # :ets.fun2ms-like tuples.
  def main(_) do
    t = :ets.new(:t, [:ordered_set, :public])
    for k <- [3, 1.0, :a, "b", {1}, [2], 2] do
      :ets.insert(t, {k, inspect(k)})
    end
    IO.inspect(:ets.tab2list(t))
    IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:is_integer, :"$1"}], [{{:"$2", :"$1"}}]}]))
    IO.inspect(:ets.match_object(t, {:_, "2"}))
    IO.inspect(:ets.lookup(t, 1))
    IO.inspect(:ets.lookup(t, 1.0))
    IO.inspect({:ets.first(t), :ets.last(t), :ets.next(t, :a), :ets.info(t, :size)})
    s = :ets.new(:s, [:set])
    :ets.insert(s, {:k, %URI{host: "x"}, fn -> 1 end})
    [{:k, uri, f}] = :ets.lookup(s, :k)
    IO.inspect({uri.host, f.()})
    IO.inspect(:ets.update_counter(s, :c, {2, 5}, {:c, 0}))
    IO.inspect(:ets.insert_new(s, {:k, 1}))
    :persistent_term.put({__MODULE__, :key}, %{a: [1, 2]})
    IO.inspect(:persistent_term.get({__MODULE__, :key}))
    c = :counters.new(2, [:atomics])
    :counters.add(c, 1, 5)
    :counters.sub(c, 2, 3)
    IO.inspect({:counters.get(c, 1), :counters.get(c, 2)})
    a = :atomics.new(1, signed: false)
    IO.inspect(:atomics.add_get(a, 1, 10))
    IO.inspect(:atomics.compare_exchange(a, 1, 10, 20))
    for term <- [%{a: 1}, ~D[2020-01-01], [1, "b", :c, 1.5, {2 ** 70}], <<1::3>>, "ü", self() |> is_pid()] do
      bin = :erlang.term_to_binary(term)
      IO.inspect({byte_size(bin), :erlang.binary_to_term(bin) == term})
    end
    IO.inspect(:erlang.term_to_binary(%{b: 2, a: 1}) |> Base.encode16())
    IO.inspect(:erlang.term_to_binary({"x", 'y', :z, 1.0}, [:compressed, minor_version: 1]) |> Base.encode16())
    IO.inspect(:erlang.term_to_binary(String.duplicate("ab", 100), compressed: 9) |> Base.encode16())
    IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 3, "abc">>))
    IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(:new_atom_xyz), [:safe]))
    IO.inspect(:erlang.phash2({:a, "b", [1]}))
    IO.inspect(:erlang.phash2(%{a: 1}, 1000))
  end
end
