defmodule Ex.Code.CompileString do
  # Code.compile_string: the whole Elixir compiler (expansion, erl translation, the Erlang
  # compiler, beam loading) at run time. Modules with functions, macros, structs, protocols and
  # impls, behaviours, module attributes; recompiling a module; compile errors and warnings.
  def main(_) do
    src = ~S"""
    defmodule Dyn.Math do
      @moduledoc "math at run time"
      @factor 3
      defmacro twice(x), do: quote(do: unquote(x) * 2)
      def triple(x), do: x * @factor
      def fact(0), do: 1
      def fact(n) when n > 0, do: n * fact(n - 1)
      def sum(list), do: Enum.reduce(list, 0, &+/2)
      defp hidden, do: :hidden
      def call_hidden, do: hidden()
    end

    defmodule Dyn.User do
      defstruct name: "", age: 0
      require Dyn.Math
      def new(n, a), do: %__MODULE__{name: n, age: a}
      def double_age(%__MODULE__{age: a}), do: Dyn.Math.twice(a)
    end

    defprotocol Dyn.Greet do
      def greet(x)
    end

    defimpl Dyn.Greet, for: Dyn.User do
      def greet(u), do: "hello #{u.name}"
    end

    defimpl Dyn.Greet, for: Integer do
      def greet(n), do: "hello number #{n}"
    end
    """

    mods = Code.compile_string(src, "dyn.ex")
    IO.inspect(Enum.map(mods, &elem(&1, 0)) |> Enum.sort())
    IO.inspect(Enum.all?(mods, fn {_, bin} -> is_binary(bin) and binary_part(bin, 0, 4) == "FOR1" end))
    IO.inspect({Dyn.Math.triple(5), Dyn.Math.fact(20), Dyn.Math.sum(1..10), Dyn.Math.call_hidden()})
    u = Dyn.User.new("ann", 21)
    IO.inspect({u, Dyn.User.double_age(u)})
    IO.inspect({Dyn.Greet.greet(u), Dyn.Greet.greet(7)})
    IO.inspect(Dyn.Math.__info__(:functions))
    IO.inspect(Dyn.Math.__info__(:macros))
    IO.inspect(function_exported?(Dyn.Math, :hidden, 0))
    IO.inspect(Code.ensure_loaded(Dyn.Math))
    IO.inspect(:code.is_loaded(Dyn.Math) |> elem(0))
    {:docs_v1, _, :elixir, _, %{"en" => moduledoc}, _, _} = Code.fetch_docs(Dyn.Math) |> then(fn {:error, _} = e -> {:docs_v1, nil, :elixir, nil, %{"en" => inspect(e)}, nil, nil}; d -> d end)
    IO.inspect(moduledoc)

    Code.compiler_options(ignore_module_conflict: true)
    [{Dyn.Math, _}] = Code.compile_string("defmodule Dyn.Math do\n def triple(x), do: {:new, x}\nend", "dyn2.ex")
    IO.inspect(Dyn.Math.triple(1))

    [{mod, _}] = Code.compile_quoted(quote do
      defmodule Dyn.Quoted do
        def hello, do: :from_quoted
      end
    end)
    IO.inspect({mod, Dyn.Quoted.hello()})

    {:module, Dyn.Created, _, _} = Module.create(Dyn.Created, quote(do: def(x, do: 1)), Macro.Env.location(__ENV__))
    IO.inspect(Dyn.Created.x())

    for bad <- ["defmodule Bad1 do\n def f(, do: 1\nend", "defmodule Bad2 do\n def f, do: undefined_call_here()\nend", "defmodule Bad3 do\n def f(x), do: y\nend"] do
      try do
        Code.compile_string(bad, "bad.ex")
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
