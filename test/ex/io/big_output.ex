defmodule Ex.Io.BigOutput do
  # Much output through the group leader: many lines, a long line, interleaved stdout/stderr
  # writes from several processes synchronised by the caller.
  def main(_) do
    for i <- 1..20_000, do: IO.puts("line #{i}")
    IO.puts(String.duplicate("x", 200_000))
    IO.write(Enum.map(1..5000, &"#{&1},"))
    IO.puts("")
    me = self()
    for i <- 1..5 do
      spawn(fn -> IO.puts("from process #{i}"); send(me, {:done, i}) end)
      receive do {:done, ^i} -> :ok end
    end
    IO.puts(:stderr, "stderr at the end")
  end
end
