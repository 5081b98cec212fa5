defmodule Ex.Exceptions.UncaughtLinked do
  # A linked process that raises: Logger reports the crash, and main dies of the exit signal,
  # reported as `** (EXIT from #PID<...>) an exception was raised: ...`.
  def main(_) do
    IO.puts("before")
    spawn_link(fn -> raise ArgumentError, "in linked process" end)

    receive do
      :never -> :ok
    end
  end
end
