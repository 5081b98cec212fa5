# consolidate-protocols
defmodule Ex.Protocols.BuiltinImplsConsolidated do
  # BuiltinImpls with protocols consolidated: the user's impls are compiled into the protocols'
  # dispatch.
  def main(_) do
    IO.inspect(Protocol.consolidated?(Inspect))
    Ex.Protocols.BuiltinImpls.main([])
  end
end
