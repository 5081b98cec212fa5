defmodule Ex.String.Iodata do
  # iodata and chardata: IO.iodata_to_binary, iodata_length, chardata_to_string, List.to_string,
  # :erlang.iolist_to_binary errors with erts's error_info message.
  def main(_) do
    IO.inspect(IO.iodata_to_binary(["a", [?b, ["c" | "d"]], 255]))
    IO.inspect(IO.iodata_length([<<1, 2>>, [3 | <<4>>]]))
    IO.inspect(IO.chardata_to_string([?é, "ü", ['ñ']]))
    IO.inspect(List.to_string([0x1F600, "x"]))
    IO.inspect(:erlang.iolist_size([[], "", [[]]]))

    for bad <- [[256], [-1], [:a], ["a" | :b], 1.0] do
      try do
        IO.iodata_to_binary(bad)
      rescue
        e -> IO.puts("#{inspect(bad)} -> #{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end

    for bad <- [[0x110000], [-1], ["a" | :b]] do
      try do
        IO.chardata_to_string(bad)
      rescue
        e -> IO.puts("#{inspect(bad)} -> #{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end

    IO.inspect(:erlang.list_to_binary([1, [2, <<3, 4::4>>]]) |> then(&catch_error/1))
  end

  defp catch_error(x), do: x
end
