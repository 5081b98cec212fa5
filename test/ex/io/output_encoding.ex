defmodule Ex.Io.OutputEncoding do
  # What reaches stdout for data that is not plain UTF-8 text: invalid UTF-8 binaries through
  # IO.write/binwrite, chardata beyond Latin-1, :io.format ~s/~ts with Unicode, put_chars on
  # :user, and the error for an unwritable list.
  def main(_) do
    IO.binwrite(<<"bin:", 255, 10>>)
    IO.write(["chardata: ", 0x1F600, ?\n])
    :io.format("~ts|~s~n", ["ünï", "ascii"])
    :io.format("~ts~n", [[0x3B1, 0x3B2]])
    :io.put_chars(:user, "to user é\n")
    :io.put_chars(:standard_io, [<<"bytes é">>, "\n"])
    :io.format("~p ~tp~n", ["é", "é"])
    :io.format("~w~n", [<<"é">>])
    show(fn -> IO.write(<<255, 10>>) end)
    show(fn -> :io.format("~s~n", [[0x1F600]]) end)
    show(fn -> IO.write([:not_chardata]) end)
    show(fn -> :io.put_chars([-1]) end)
    IO.puts("end")
  end

  defp show(f) do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    k, r -> IO.puts("caught #{inspect(k)} #{inspect(r)}")
  end
end
