defmodule Ex.Exceptions.UncaughtExit do
  # exit/1 with a non-normal reason in main: `** (exit) ...`, exit 1.
  def main(_) do
    IO.puts("before")
    exit({:shutdown, :because})
  end
end
