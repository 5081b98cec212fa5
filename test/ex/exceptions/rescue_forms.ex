defmodule Ex.Exceptions.RescueForms do
  # raise/rescue in all forms: raise string/module/struct/keyword, rescue by module list and
  # variable, else/after ordering, catch of throw and exit, try returning values, nested.
  def main(_) do
    t(fn -> raise "plain" end)
    t(fn -> raise ArgumentError end)
    t(fn -> raise ArgumentError, "with message" end)
    t(fn -> raise ArgumentError, message: "kw message" end)
    t(fn -> raise %RuntimeError{message: "struct"} end)
    t(fn -> raise KeyError, key: :k, term: %{a: 1} end)
    t(fn -> throw({:thrown, 1}) end)
    t(fn -> exit(:bye) end)
    t(fn -> exit({:shutdown, :x}) end)
    t(fn -> :erlang.error(:custom_reason) end)
    t(fn -> :erlang.error({:tagged, 1}) end)
    t(fn -> :ok end)

    r =
      try do
        1
      rescue
        _ -> :rescued
      else
        1 -> :else_one
      after
        IO.puts("after runs")
      end

    IO.inspect(r)

    try do
      try do
        raise "inner"
      after
        IO.puts("inner after")
      end
    rescue
      e in [RuntimeError, ArgumentError] -> IO.puts("outer rescued #{e.message}")
    end

    try do
      try do
        raise "x"
      else
        _ -> :no
      end
    rescue
      e -> IO.inspect(e)
    end

    IO.inspect(
      try do
        throw(:a)
      catch
        :throw, :b -> :b
        x -> {:caught, x}
      end
    )

    IO.inspect(catch_exit(fn -> exit(:normal) end))
  end

  defp t(f) do
    try do
      IO.inspect({:value, f.()})
    rescue
      e in RuntimeError -> IO.inspect({:runtime, e.message})
      e -> IO.inspect({:rescued, e, Exception.message(e)})
    catch
      kind, value -> IO.inspect({:caught, kind, value})
    end
  end

  defp catch_exit(f) do
    f.()
  catch
    :exit, r -> {:exit, r}
  end
end
