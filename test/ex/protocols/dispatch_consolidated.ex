# consolidate-protocols
defmodule Ex.Protocols.DispatchConsolidated do
  # The same dispatch as Dispatch, with every protocol consolidated as Mix does (Elixir's own
  # protocols too): consolidated?/impls answers change, the results must not.
  def main(_) do
    Ex.Protocols.Common.run()
    IO.inspect(Ex.Protocols.Describe.__protocol__(:impls))
    IO.inspect(Enumerable.__protocol__(:impls) |> elem(0))
  end
end
