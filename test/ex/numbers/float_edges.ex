defmodule Ex.Numbers.FloatEdges do
  # Float edge cases: subnormals, the largest and smallest values, rounding at .5 boundaries,
  # parse overflow/underflow, float_to_binary at extreme precisions, integer <-> float bounds.
  def main(_) do
    for f <- [4.9406564584124654e-324, 2.2250738585072009e-308, 1.0e-320, 1.7976931348623157e308, 0.30000000000000004, 9007199254740993.0, 1.0e22, 1.0e23, 123456789012345680.0, 0.1 * 3, 1.0 / 3.0] do
      IO.puts([Float.to_string(f), " ", :erlang.float_to_binary(f, [:short]), " ", :erlang.float_to_binary(f, decimals: 20), " ", :erlang.float_to_binary(f, scientific: 20)])
    end
    IO.inspect(for s <- ["1.7976931348623159e308", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324", "0.0e0", "-0.0", "1.0e+308"], do: Float.parse(s))
    IO.inspect(for x <- [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994], do: {round(x), Float.round(x), trunc(x)})
    IO.inspect(for x <- [1.23456789, 1.0e-10, 123.456], p <- [0, 3, 15], do: Float.round(x, p))
    IO.inspect({trunc(1.0e300) |> Integer.to_string() |> byte_size(), :erlang.float(2 ** 1023), :math.pow(10, 308)})
    IO.inspect({2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0, 2 ** 64 / 3})
    IO.inspect(try do :erlang.float(2 ** 1024) rescue e -> Exception.message(e) end)
    IO.inspect(try do 1.0e308 + 1.0e308 rescue e -> Exception.message(e) end)
    IO.inspect(:io_lib.format('~.20f ~.15e ~g', [1.0e-320, 1.0e-320, 1.0e-320]) |> List.to_string())
    IO.inspect(:erlang.float_to_list(0.1, [{:decimals, 253}]) |> length())
    IO.inspect(:erlang.float_to_binary(1.0e20, [{:decimals, 0}]))
    IO.inspect(:erlang.float_to_binary(-1.0e-5, [{:decimals, 3}, :compact]))
    IO.inspect(Integer.to_string(10 ** 1000) |> byte_size())
    IO.inspect(:erlang.phash2(10 ** 1000))
    IO.inspect(rem(10 ** 500 + 7, 10 ** 250 + 3))
    IO.inspect(Integer.gcd(2 ** 300 * 3, 2 ** 200 * 9))
  end
end
