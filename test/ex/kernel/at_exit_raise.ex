defmodule Ex.Kernel.AtExitRaise do
  # at_exit callbacks after main raised: they see status 1, then the report and exit status.
  def main(_) do
    System.at_exit(fn status -> IO.puts("at_exit sees #{status}") end)
    raise ArgumentError, "main failed"
  end
end
