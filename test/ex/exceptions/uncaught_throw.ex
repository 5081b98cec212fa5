defmodule Ex.Exceptions.UncaughtThrow do
  # An uncaught throw in main: `** (throw) ...`, exit 1.
  def main(_) do
    IO.puts("before")
    throw({:value, [1, 2]})
  end
end
