defmodule Ex.Exceptions.MainKilled do
  # main exits with a reason from a linked process (not trapping): `** (EXIT from #PID<...>)`
  # with the reason, exit status 1.
  def main(_) do
    IO.puts("before")
    me = self()
    spawn(fn -> Process.exit(me, {:custom_reason, [1, 2]}) end)
    receive do :never -> :ok end
  end
end
