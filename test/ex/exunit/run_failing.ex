defmodule Ex.Exunit.RunFailing do
  # ExUnit reporting failures: assertion failures with code/left/right, raised errors with
  # stack traces, throws and exits, a skipped test, exclusion by tag; the result map.
  def main(_) do
    ExUnit.start(autorun: false, seed: 0, exclude: [:skip])
    ExUnit.Server.add_sync_module(Ex.Exunit.Cases.Failing)
    IO.inspect(ExUnit.run())
  end
end
