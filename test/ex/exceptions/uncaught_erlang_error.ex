defmodule Ex.Exceptions.UncaughtErlangError do
  # An uncaught error from an erts BIF: ArgumentError with erts's error_info explanation.
  def main(_) do
    IO.puts("before")
    :erlang.binary_to_atom(Process.get(:nothing, 1), :utf8)
  end
end
