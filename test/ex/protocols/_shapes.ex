# The protocol and implementations the programs of this area share: a protocol with impls for
# built-in types, structs, a fallback to Any, and a derived impl.
defprotocol Ex.Protocols.Describe do
  @fallback_to_any true
  @doc "A short description of a term."
  def describe(term)
end

defprotocol Ex.Protocols.Size do
  def size(term)
end

defimpl Ex.Protocols.Describe, for: Any do
  def describe(%{__struct__: s}), do: "some #{inspect(s)} (any)"
  def describe(t), do: "any #{inspect(t)}"
end

defmodule Ex.Protocols.Point do
  @derive [Ex.Protocols.Describe]
  defstruct x: 0, y: 0
end

defmodule Ex.Protocols.Circle do
  @enforce_keys [:r]
  defstruct [:r, center: %Ex.Protocols.Point{}]
end

defmodule Ex.Protocols.Bag do
  defstruct items: []

  defimpl Enumerable do
    def count(%{items: i}), do: {:ok, length(i)}
    def member?(%{items: i}, x), do: {:ok, x in i}
    def slice(%{items: i}), do: {:ok, length(i), &Enum.slice(i, &1, &2)}
    def reduce(%{items: i}, acc, fun), do: Enumerable.List.reduce(i, acc, fun)
  end

  defimpl Collectable do
    def into(bag), do: {bag, fn
      b, {:cont, x} -> %{b | items: [x | b.items]}
      b, :done -> %{b | items: Enum.reverse(b.items)}
      _, :halt -> :ok
    end}
  end

  defimpl String.Chars do
    def to_string(%{items: i}), do: "bag of #{length(i)}"
  end

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(%{items: i}, opts), do: concat(["#Bag<", to_doc(i, opts), ">"])
  end
end

defimpl Ex.Protocols.Describe, for: Integer do
  def describe(n), do: "integer #{n}"
end

defimpl Ex.Protocols.Describe, for: [List, Tuple] do
  def describe(t), do: "#{@for} of #{Enum.count(if is_tuple(t), do: Tuple.to_list(t), else: t)}"
end

defimpl Ex.Protocols.Describe, for: BitString do
  def describe(b) when is_binary(b), do: "binary #{inspect(b)}"
  def describe(b), do: "bitstring of #{bit_size(b)} bits"
end

defimpl Ex.Protocols.Describe, for: Ex.Protocols.Circle do
  def describe(%{r: r}), do: "circle r=#{r}"
end

defimpl Ex.Protocols.Size, for: Map do
  def size(m), do: map_size(m)
end

defimpl Ex.Protocols.Size, for: Ex.Protocols.Circle do
  def size(%{r: r}), do: r * r
end
