defmodule Ex.Protocols.DeriveInspect do
  # @derive {Inspect, only:/except:} (Elixir 1.8+), inspect of structs whose map lacks fields (an
  # invalid struct prints as a map), structs: false, and Inspect impls that raise.
  defmodule Secret do
    @derive {Inspect, except: [:password]}
    defstruct [:user, :password, :note]
  end

  defmodule Only do
    @derive {Inspect, only: [:a]}
    defstruct a: 1, b: 2
  end

  defmodule Broken do
    defstruct [:x]

    defimpl Inspect do
      def inspect(_, _), do: raise("inspect failed")
    end
  end

  def main(_) do
    IO.inspect(%Secret{user: "u", password: "p", note: [1, 2]})
    IO.inspect(%Only{})
    IO.inspect(%Only{}, structs: false)
    IO.inspect(Map.delete(%Only{}, :b))
    IO.inspect(%{__struct__: NoSuchModule, a: 1})
    IO.inspect(%{__struct__: "not an atom"})
    IO.puts(inspect(%Broken{x: 1}))
    IO.inspect([%Secret{user: String.duplicate("x", 50)}, %Only{a: Enum.to_list(1..30)}], pretty: true, width: 40)
  end
end
