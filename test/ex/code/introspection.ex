defmodule Ex.Code.Introspection do
  # What IEx's helpers print, run without a shell: docs rendered by IO.ANSI.Docs (no colours on a
  # pipe), typespecs read from Elixir's own .beam debug info and printed back as code, behaviour
  # callbacks, and IEx.Info about several terms.
  def main(_) do
    IEx.Introspection.h({String, :upcase, 2})
    IEx.Introspection.h({Enum, :chunk_every, 4})
    IEx.Introspection.h(Keyword)
    IEx.Introspection.h({NoSuch, :thing, 1})
    {:ok, specs} = Code.Typespec.fetch_specs(String)
    for {{name, arity}, [spec | _]} <- Enum.sort(specs), name in [:split, :upcase, :pad_leading] do
      IO.puts("#{name}/#{arity}: " <> Macro.to_string(Code.Typespec.spec_to_quoted(name, spec)))
    end
    {:ok, types} = Code.Typespec.fetch_types(Enumerable)
    IO.inspect(types |> Enum.map(fn {kind, {name, _, args}} -> {kind, name, length(args)} end) |> Enum.sort())
    {:ok, callbacks} = Code.Typespec.fetch_callbacks(GenServer)
    IO.inspect(callbacks |> Enum.map(&elem(&1, 0)) |> Enum.sort() |> Enum.take(6))
    for term <- [1, "s", :a, [1], 'c', %{}, 1..2, self()] do
      IO.puts(IEx.Info.info(term) |> Enum.map(fn {k, v} -> "#{k}: #{v}" end) |> Enum.join(" | ") |> String.replace(~r/#PID<[^>]+>/, "#PID<>"))
    end
    IEx.Introspection.t({Enum, :t})
    IEx.Introspection.b({GenServer, :handle_call})
  end
end
