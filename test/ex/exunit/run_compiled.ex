defmodule Ex.Exunit.RunCompiled do
  # A test file compiled after ExUnit.start/1, as mix test does: the module registers itself
  # with ExUnit.Server when it is compiled on the VM.
  def main(_) do
    ExUnit.start(autorun: false, seed: 0)

    Code.compile_string(~S"""
    defmodule Ex.Exunit.Dynamic do
      use ExUnit.Case, async: true
      test "compiled at run time", do: assert(String.upcase("x") == "X")
      test "fails at run time", do: assert(Enum.sum([1, 2]) == 4)
      doctest String, only: [upcase: 2]
    end
    """, "dynamic_test.exs")

    IO.inspect(ExUnit.run())
  end
end
