# Consolidates protocols as Mix's compile.protocols does, for the Elixir differential harness:
# `elixir -pa EBIN consolidate_protocols.exs EBIN OUT` writes into OUT every protocol found on the
# code path (Elixir's own and EBIN's), consolidated with the implementations found there.
[_ebin, out] = System.argv()
paths = :code.get_path() |> Enum.map(&List.to_string/1)

for protocol <- Protocol.extract_protocols(paths) do
  impls = Protocol.extract_impls(protocol, paths)
  {:ok, binary} = Protocol.consolidate(protocol, impls)
  File.write!(Path.join(out, "#{protocol}.beam"), binary)
end
