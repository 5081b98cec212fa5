defmodule Ex.Maps.LargeMapAtoms do
  # erts hashes an atom by its index in the atom table, so a map of more than 32 atom keys is
  # ordered by the order in which the VM created those atoms: here, the program's own atoms and
  # ones made at run time, and a struct with 40 fields.
  defmodule Wide do
    defstruct for i <- 1..40, do: {:"f#{i}", i}
  end

  def main(_) do
    atoms = Map.new(for i <- 1..40, do: {String.to_atom("k#{i}"), i})
    IO.inspect(Map.keys(atoms))
    IO.inspect(Map.keys(%Wide{}))
    IO.inspect(%Wide{})
    IO.inspect(Map.keys(Map.new(for i <- 1..33, do: {:"Elixir.Enum#{i}", i})))
  end
end
