defmodule Ex.Exceptions.ErlangErrors do
  # Errors raised by erts and how Elixir names them: ArgumentError with erts's error_info
  # explanation for many BIFs, ArithmeticError, MatchError, CaseClauseError, BadFunctionError,
  # BadArityError, UndefinedFunctionError, SystemLimitError, BadBooleanError, ErlangError.
  def main(_) do
    v = fn x -> Process.get(:none, x) end

    cases = [
      fn -> :erlang.atom_to_binary(v.(1)) end,
      fn -> String.to_atom(v.(1)) end,
      fn -> :erlang.binary_to_integer(v.("12x")) end,
      fn -> :erlang.list_to_integer(v.('1.5')) end,
      fn -> :erlang.integer_to_binary(v.(10), v.(99)) end,
      fn -> :erlang.binary_part(v.("abc"), 2, 5) end,
      fn -> :erlang.element(v.(0), v.({1})) end,
      fn -> :erlang.setelement(v.(5), v.({1}), 0) end,
      fn -> :erlang.make_tuple(v.(-1), 0) end,
      fn -> :erlang.list_to_tuple(v.([1 | 2])) end,
      fn -> :erlang.tuple_to_list(v.([])) end,
      fn -> :erlang.atom_to_list(v.("a")) end,
      fn -> :erlang.binary_to_term(v.(<<131, 1>>)) end,
      fn -> :erlang.term_to_binary(1, v.([:bad])) end,
      fn -> :erlang.send(v.(:no_such_name), :msg) end,
      fn -> :erlang.register(v.(:a), v.(self())) && :erlang.register(:b, self()) end,
      fn -> :erlang.spawn(v.(:m), :f, v.(:notalist)) end,
      fn -> :erlang.monitor(v.(:bad), self()) end,
      fn -> :erlang.float_to_binary(v.(1.0), [{:decimals, 300}]) end,
      fn -> :erlang.iolist_size(v.([1 | 2])) end,
      fn -> :erlang.bit_size(v.(:a)) end,
      fn -> :erlang.split_binary(v.("ab"), 3) end,
      fn -> :erlang.insert_element(v.(3), {1}, 2) end,
      fn -> :erlang.list_to_existing_atom(v.('never_ever_exists_here')) end,
      fn -> :erlang.process_flag(v.(:bad_flag), true) end,
      fn -> :erlang.send_after(v.(-1), self(), :m) end,
      fn -> :binary.copy(v.("a"), -1) end,
      fn -> :binary.at(v.("a"), 1) end,
      fn -> :lists.reverse(v.(:a), []) end,
      fn -> :lists.keyfind(1, v.(0), []) end,
      fn -> :lists.member(1, v.(:a)) end,
      fn -> :maps.merge(v.(:a), %{}) end,
      fn -> :ets.insert(v.(:no_table), {1}) end,
      fn -> :ets.new(:t, v.([:bad_opt])) end,
      fn -> :unicode.characters_to_list(v.(:a)) end,
      fn -> :math.log(v.(0)) end,
      fn -> :math.sqrt(v.(-1)) end,
      fn -> :persistent_term.get(v.({:nope})) end,
      fn -> :os.getenv(v.(1)) end,
      fn -> 1 + v.(:a) end,
      fn -> div(v.(1), 0) end,
      fn -> rem(v.(1.0), 2) end,
      fn -> v.(1) / 0 end,
      fn -> :math.exp(v.(1000)) end,
      fn -> Bitwise.bsl(1, v.(1 <<< 60)) end,
      fn -> {:a, b} = v.({:c, 1}); b end,
      fn -> case v.(3) do 1 -> :one end end,
      fn -> cond do v.(false) -> 1 end end,
      fn -> v.(:notafun).(1) end,
      fn -> v.(fn a -> a end).(1, 2) end,
      fn -> v.(NoSuchModule).f() end,
      fn -> v.(Enum).no_such_function(1) end,
      fn -> v.(String).upcase(1, 2, 3) end,
      fn -> v.(1) and true end,
      fn -> :erlang.error(v.({:some, :tuple})) end,
      fn -> with {:ok, x} <- v.({:error, 1}), do: x, else: ({:ok, _} -> 0) end,
      fn -> :erlang.list_to_binary(v.(List.duplicate(1, 3) ++ [:x])) end,
      fn -> :erlang.binary_to_existing_atom(v.("not_existing_atom_abc"), :utf8) end,
      fn -> <<x::binary-size(4)>> = v.("abc"); x end,
      fn -> <<v.(1.5)::integer>> end,
      fn -> <<v.("a")::float>> end,
      fn -> <<v.(-1)::utf8>> end
    ]

    for {f, i} <- Enum.with_index(cases) do
      try do
        IO.inspect({i, f.()})
      rescue
        e -> IO.puts("#{i} #{inspect(e.__struct__)}: #{Exception.message(e)}")
      catch
        k, r -> IO.puts("#{i} caught #{inspect(k)} #{inspect(r)}")
      end
    end
  end

  defp a <<< b, do: Bitwise.bsl(a, b)
end
