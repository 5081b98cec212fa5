defmodule Ex.Maps.MapErrors do
  # The errors of maps: KeyError from Map.fetch!/update syntax/dot access (with "did you mean"),
  # BadMapError, erts's badkey/badmap terms seen through Exception.normalize, :maps errors.
  def main(_) do
    m = %{alpha: 1, beta: 2}

    cases = [
      fn -> Map.fetch!(m, :alpah) end,
      fn -> %{m | gamma: 3} end,
      fn -> m.gama end,
      fn -> Map.update!(m, :x, & &1) end,
      fn -> Map.get(:notamap, :a) end,
      fn -> map_size([]) end,
      fn -> :maps.get(:a, %{}) end,
      fn -> :maps.get(:a, []) end,
      fn -> :maps.put(:a, 1, :x) end,
      fn -> :maps.from_list([1]) end,
      fn -> :maps.update(:k, 1, %{}) end,
      fn -> Map.new([{1, 2, 3}]) end,
      fn -> %{big() | zz: 1} end,
      fn -> Map.fetch!(big(), :zz) end,
      fn -> Map.merge(%{}, nil) end
    ]

    for f <- cases do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      catch
        k, r -> IO.inspect({k, r})
      end
    end

    for f <- [fn -> :maps.get(:a, %{}) end, fn -> %{m | x: 1} end] do
      try do
        f.()
      catch
        :error, r -> IO.inspect({r, hd(__STACKTRACE__) |> elem(3) |> Keyword.delete(:line) |> Keyword.delete(:file)})
      end
    end
  end

  defp big, do: Map.new(1..40, &{&1, &1})
end
