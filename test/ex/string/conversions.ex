defmodule Ex.String.Conversions do
  # String.to_integer/to_float/to_atom/to_existing_atom/to_charlist, Integer.parse and
  # Float.parse on edge inputs, and the errors with erts's messages.
  def main(_) do
    ints = ["42", "-0", "+7", "0x1F", "1_000", " 1", "12abc", "", "99999999999999999999999", "-"]

    for s <- ints do
      IO.inspect({s, Integer.parse(s), attempt(fn -> String.to_integer(s) end)})
    end

    for {s, base} <- [{"ff", 16}, {"FF", 16}, {"zz", 36}, {"777", 8}, {"102", 2}, {"-1010", 2}] do
      IO.inspect({s, base, Integer.parse(s, base), attempt(fn -> String.to_integer(s, base) end)})
    end

    floats = ["1.5", "1", "-0.0", "1e3", "1.0e-3", ".5", "1.", "1.5e", "3.14abc", "1e400", "1.0e-400", "inf", "NaN", "0.1e1_0"]

    for s <- floats do
      IO.inspect({s, Float.parse(s), attempt(fn -> String.to_float(s) end)})
    end

    IO.inspect(String.to_atom("héllo wörld"))
    IO.inspect(attempt(fn -> String.to_existing_atom("surely_not_an_existing_atom_xyz") end))
    IO.inspect(attempt(fn -> String.to_atom(String.duplicate("a", 256)) end))
    IO.inspect(String.to_charlist("héllo"))
    IO.inspect(attempt(fn -> String.to_charlist(<<0xFF>>) end))
    IO.inspect(attempt(fn -> Integer.parse("1", 37) end))
    IO.inspect(to_string(1.0e25))
    IO.inspect(to_string(:"with space"))
    IO.inspect(to_string('chars'))
  end

  defp attempt(f) do
    f.()
  rescue
    e -> {:raised, e.__struct__, Exception.message(e)}
  end
end
