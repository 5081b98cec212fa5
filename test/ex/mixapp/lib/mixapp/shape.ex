defprotocol Mixapp.Shape do
  @moduledoc "A protocol: mix compile consolidates it into _build/dev/lib/mixapp/consolidated."
  def area(shape)
end

defmodule Mixapp.Square do
  defstruct side: 1
end

defimpl Mixapp.Shape, for: Mixapp.Square do
  def area(%{side: s}), do: s * s
end

defimpl Mixapp.Shape, for: Integer do
  def area(n), do: n
end
