defmodule Ex.Exceptions.HaltElsewhere do
  # System.halt/1 called by another process while main waits; no at_exit callbacks run.
  def main(_) do
    System.at_exit(fn _ -> IO.puts("at_exit must not run") end)
    IO.puts("main waits")
    spawn(fn -> IO.puts("halting from a process"); System.halt(5) end)
    receive do :never -> :ok end
  end
end
