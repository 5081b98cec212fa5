defmodule Ex.Kernel.ModuleFeatures do
  # Compiled module features seen at run time: @on_load running when the module is loaded,
  # defdelegate, defoverridable and super, accumulated attributes, __ENV__/__CALLER__ data,
  # __info__ of attributes, a module with @compile inline and an @after_compile-built function.
  defmodule Loaded do
    @on_load :init
    def init do
      :persistent_term.put({__MODULE__, :loaded}, :yes)
      :ok
    end
    def loaded?, do: :persistent_term.get({__MODULE__, :loaded}, :no)
  end

  defmodule Base do
    defmacro __using__(_) do
      quote do
        def greet(name), do: "hello #{name}"
        def size, do: 1
        defoverridable greet: 1, size: 0
      end
    end
  end

  defmodule Child do
    use Base
    def greet(name), do: String.upcase(super(name))
    def size, do: super() + 10
  end

  defmodule Attrs do
    Module.register_attribute(__MODULE__, :items, accumulate: true)
    @items :a
    @items :b
    @items :c
    @custom_attr "persisted"
    Module.register_attribute(__MODULE__, :custom_attr, persist: true)
    @compile {:inline, double: 1}
    def items, do: @items
    def double(x), do: x * 2
    def env, do: {__ENV__.module, __ENV__.function, __ENV__.line, Path.basename(__ENV__.file)}
    defdelegate up(s), to: String, as: :upcase
    defdelegate reverse(l), to: Enum
  end

  def main(_) do
    IO.inspect(Loaded.loaded?())
    IO.inspect({Child.greet("ann"), Child.size()})
    IO.inspect(Attrs.items())
    IO.inspect(Attrs.double(21))
    IO.inspect(Attrs.env())
    IO.inspect({Attrs.up("x"), Attrs.reverse([1, 2])})
    IO.inspect(Keyword.get(Attrs.__info__(:attributes), :custom_attr))
    IO.inspect(Attrs.__info__(:functions))
    IO.inspect(Child.module_info(:exports) |> Enum.sort())
    IO.inspect(function_exported?(Attrs, :double, 1))
    IO.inspect(Code.ensure_loaded?(Loaded))
    IO.inspect(:code.is_loaded(Loaded) |> elem(0))
  end
end
