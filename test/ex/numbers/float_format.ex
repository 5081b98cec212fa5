defmodule Ex.Numbers.FloatFormat do
  # Floats: shortest round-trip printing (to_string/inspect), round/ceil/floor with precision,
  # Float.ratio, :erlang.float_to_binary options, :io_lib ~f/~e/~g, parse edge cases.
  def main(_) do
    floats = [0.1 + 0.2, 1 / 3, 2 / 3, 1.0e23, 9.007199254740993e15, 123.456, -0.0, 5.0e-324, 2.2250738585072014e-308, 1.0e-7, 1.0e100, 0.5, 2.5, 1.005, 12345.6789e10]

    for f <- floats do
      IO.puts(
        Enum.join(
          [
            Float.to_string(f),
            inspect(f),
            :erlang.float_to_binary(f),
            :erlang.float_to_binary(f, [:short]),
            :erlang.float_to_binary(f, decimals: 4),
            :erlang.float_to_binary(f, [{:decimals, 4}, :compact]),
            :erlang.float_to_binary(f, scientific: 3),
            :erlang.float_to_list(f) |> List.to_string()
          ],
          " | "
        )
      )

      IO.inspect({Float.round(f, 2), Float.ceil(f, 1), Float.floor(f, 3), Float.round(f), trunc(f), round(f)})
    end

    IO.inspect(Float.ratio(0.1))
    IO.inspect(Float.ratio(-2.5))
    IO.inspect({Float.round(1.005, 2), Float.round(-1.5), Float.round(2.675, 2), Float.ceil(-0.5), Float.floor(-0.5)})
    IO.inspect(:io_lib.format('~f ~e ~g ~.3f ~.2e ~10.4f ~-10.2f| ~.0f', [3.14159, 3.14159, 3.14159, 2.0005, 1234.5, 1.5, 1.5, 2.5]) |> List.to_string())
    IO.inspect(:io_lib.format('~g ~g ~g ~g', [1.0e-5, 123456789.0, 0.0001, 1.0e15]) |> List.to_string())
    IO.inspect({Float.parse("1.5e3xyz"), Float.parse("-.5"), Float.parse("1e-400"), Float.parse("0.1e+2")})
    IO.inspect(:erlang.list_to_float('1.0e309') |> then(&{:ok, &1}))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
