defmodule Ex.Exceptions.Custom do
  # defexception: fields and defaults, message/1 callback, exception/1 override, blame/2,
  # Exception.message/format/format_banner, exceptions whose message/1 raises.
  defmodule NotFound do
    defexception [:id, message: "not found"]
  end

  defmodule Computed do
    defexception [:a, :b]
    @impl true
    def message(%{a: a, b: b}), do: "computed #{a}+#{b}=#{a + b}"
  end

  defmodule Built do
    defexception [:message]
    @impl true
    def exception(value), do: %__MODULE__{message: "built from #{inspect(value)}"}
  end

  defmodule BadMessage do
    defexception [:x]
    @impl true
    def message(_), do: raise("message failed")
  end

  def main(_) do
    for f <- [
          fn -> raise NotFound end,
          fn -> raise NotFound, id: 3 end,
          fn -> raise NotFound, message: "custom" end,
          fn -> raise Computed, a: 1, b: 2 end,
          fn -> raise Built, [1, 2] end,
          fn -> raise Built, :atom end
        ] do
      try do
        f.()
      rescue
        e ->
          IO.inspect(e)
          IO.puts(Exception.message(e))
          IO.puts(Exception.format_banner(:error, e))
          IO.inspect(Exception.exception?(e))
      end
    end

    IO.puts(Exception.format_banner(:throw, {:a, 1}))
    IO.puts(Exception.format_banner(:exit, :shutdown))
    IO.puts(Exception.format_banner(:exit, {:noproc, {GenServer, :call, [:x, :y, 5000]}}))
    IO.puts(Exception.format_banner(:error, :badarg))
    IO.puts(Exception.format_banner(:error, {:badmatch, 1}))
    IO.puts(Exception.format_exit({:timeout, {GenServer, :call, [self(), :x, 10]}}) |> String.replace(~r/#PID<[^>]+>/, "#PID<>"))
    IO.puts(Exception.format_exit(:normal))
    IO.puts(Exception.format_exit({{%RuntimeError{message: "in exit"}, []}, {Task, :await, [1, 2]}}))
    IO.puts(Exception.message(%BadMessage{x: 1}))
    IO.inspect(Exception.normalize(:error, :badarg, []))
    IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
    IO.inspect(Exception.normalize(:error, :undef, [{Foo, :bar, [1], []}]))
    IO.inspect(Exception.normalize(:exit, :x, []))
    IO.puts(Exception.format(:error, %Computed{a: 1, b: 1}, [{M, :f, 2, [file: 'x.ex', line: 3]}, {:erlang, :apply, [1], []}]))
    IO.puts(Exception.format_stacktrace_entry({M, :f, [1, "a"], [file: 'lib/m.ex', line: 9]}))
    IO.puts(Exception.format_stacktrace_entry({fn -> 1 end, [], []}) |> String.replace(~r/\d+\.\d+/, "N"))
    IO.puts(Exception.format_mfa(Foo.Bar, :"weird name", 2))
    IO.puts(Exception.format_fa(fn a -> a end, 1) |> String.replace(~r/\d+\.\d+/, "N"))
  end
end
