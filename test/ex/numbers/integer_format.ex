defmodule Ex.Numbers.IntegerFormat do
  # Integer formatting and parsing in all bases, digits/undigits, big integers, pow/gcd/mod,
  # floor_div, Bitwise, and their argument errors.
  require Integer

  def main(_) do
    nums = [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 7, 36 ** 20 - 1]

    for n <- nums, base <- [2, 8, 10, 16, 36] do
      IO.puts("#{n} base #{base}: #{Integer.to_string(n, base)} #{Integer.to_charlist(n, base)}")
    end

    IO.inspect({Integer.digits(123_456), Integer.digits(-123), Integer.digits(255, 16), Integer.undigits([1, 2, 3]), Integer.undigits([15, 15], 16)})
    IO.inspect({Integer.pow(2, 100), Integer.pow(-3, 3), Integer.gcd(12, -18), Integer.gcd(0, 0), Integer.extended_gcd(240, 46)})
    IO.inspect({Integer.mod(-7, 3), rem(-7, 3), div(-7, 3), Integer.floor_div(-7, 3), Integer.mod(7, -3)})
    IO.inspect({Integer.is_odd(3), Integer.is_even(-2), Integer.parse("0b101"), Integer.parse("101", 2)})
    IO.inspect({Bitwise.band(-1, 0xFF), Bitwise.bor(1, 2), Bitwise.bxor(-5, 3), Bitwise.bnot(7), Bitwise.bsl(1, 70), Bitwise.bsr(-1024, 3), Bitwise.bsr(1, -3)})
    IO.inspect({abs(-(2 ** 70)), max(1, 1.0), min(1.0, 1), 2 ** 62 * 2 ** 62, div(2 ** 100, 3), rem(-(2 ** 100), 7)})
    IO.inspect({:erlang.integer_to_list(-255, 16), :erlang.list_to_integer('-ff', 16), :erlang.binary_to_integer("Zz", 36)})
    IO.inspect(Enum.map([1, 10, 100, 1000, 10_000_000], &:io_lib.format('~8..0B|~-8B|~.16#|~w', [&1, &1, &1, &1]) |> List.to_string()))

    for f <- [
          fn -> Integer.to_string(1, 37) end,
          fn -> Integer.digits(1, 1) end,
          fn -> Integer.pow(2, -1) end,
          fn -> Integer.undigits([2], 2) end,
          fn -> Integer.parse("1", 1) end,
          fn -> Integer.to_string(1.0) end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
