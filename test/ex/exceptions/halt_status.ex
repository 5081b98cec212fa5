defmodule Ex.Exceptions.HaltStatus do
  # System.halt/1 with a status: output flushed, exit status kept.
  def main(_) do
    IO.puts("halting")
    IO.write(:stderr, "to stderr\n")
    System.halt(3)
  end
end
