defmodule Ex.Code.DocsAndBeams do
  # Reading Elixir's own .beam files at run time: Code.fetch_docs (the Docs chunk), beam_lib
  # chunks, __info__, module attributes, Code.ensure_compiled, :code paths of Elixir modules.
  def main(_) do
    {:docs_v1, _, :elixir, "text/markdown", %{"en" => mod_doc}, _, docs} = Code.fetch_docs(String)
    IO.puts(mod_doc |> String.split("\n") |> hd())
    IO.inspect(Enum.find(docs, &match?({{:function, :upcase, 2}, _, _, _, _}, &1)) |> elem(2))
    IO.inspect(Code.fetch_docs(:lists) |> elem(0))
    IO.inspect(Code.fetch_docs(NoSuchModule))
    IO.inspect(Enum.__info__(:functions) |> length())
    IO.inspect(Kernel.__info__(:macros) |> Keyword.take([:if, :unless]))
    IO.inspect(String.__info__(:module))
    IO.inspect(Keyword.get(Enum.__info__(:attributes), :vsn) |> is_list())
    {:ok, {mod, chunks}} = :beam_lib.chunks(:code.which(Enum), [:atoms, :exports])
    IO.inspect({mod, Keyword.get(chunks, :exports) |> Enum.take(5)})
    IO.inspect(:code.which(Enum) |> List.to_string() |> Path.basename())
    IO.inspect(Code.ensure_compiled(Enum))
    IO.inspect(Code.ensure_loaded?(NoSuchModule))
    IO.inspect(:code.is_loaded(Enum) |> elem(0))
    IO.inspect(:code.module_status(Enum))
    IO.inspect(Code.loaded?(String))
    IO.inspect(Module.split(Ex.Code.DocsAndBeams))
    IO.inspect(Module.concat([Foo, "Bar", :baz]))
    IO.inspect(Exception.blame_mfa(Keyword, :fetch!, [[a: 1], "b"]) |> elem(0))
  end
end
