defmodule Ex.Numbers.Arithmetic do
  # Number semantics: mixed integer/float arithmetic, comparisons (== vs ===), float overflow,
  # :math functions, bignum boundaries, number formatting through to_string and interpolation.
  def main(_) do
    IO.inspect({1 == 1.0, 1 === 1.0, 1 < 1.0, 1.0 < 1, 0.0 == -0.0, 0.0 === -0.0, 2 ** 53 == 2 ** 53 + 1.0})
    IO.inspect({7 / 2, 6 / 3, -7 / 2, safe(fn -> 1.0e308 * 10 end), safe(fn -> 2 ** 1023 * 2.0 end)})
    IO.inspect({:math.pi(), :math.sin(1), :math.atan2(1, -1), :math.pow(2, 0.5), :math.log2(1024), :math.log10(0.001)})
    IO.inspect({:math.fmod(7.5, 2), :math.floor(-1.5), :math.ceil(1.2), :math.erf(0.5), :math.cosh(1.0)})
    IO.inspect({0x7FFFFFFFFFFFFFFF + 1, -0x8000000000000000 - 1, 576_460_752_303_423_487 + 1, 1 <<< 59})
    IO.inspect({trunc(1.0e20), round(-2.5), round(2.5), ceil(-1.1), floor(1.9), trunc(-0.9)})
    IO.inspect({"#{1.0e-4}", "#{100.0}", "#{1 / 7}", to_string(2 ** 70), Kernel.to_string(-0.0)})
    IO.inspect({Integer.to_string(round(1.0e15)), is_number(1.0), is_float(1), :erlang.float(3)})
    IO.inspect({:erlang.phash2(1.0), :erlang.phash2(1), :erlang.phash2(2 ** 70), :erlang.phash2(-0.0)})
    IO.inspect(Enum.sum(Enum.map(1..100, &(1 / &1))))
    IO.inspect(Enum.reduce(1..30, 1, &(&1 * &2)))
    IO.inspect(:erlang.float_to_binary(:math.sqrt(2), [{:decimals, 20}]))
  end

  defp safe(f) do
    f.()
  rescue
    e -> {:error, Exception.message(e)}
  end
  defp a <<< b, do: Bitwise.bsl(a, b)
end
