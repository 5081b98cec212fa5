defmodule Ex.Exunit.RunTrace do
  # ExUnit with trace: true (each test named as it runs) and max_failures, and a second
  # configuration of the formatter.
  def main(_) do
    ExUnit.start(autorun: false, seed: 0, trace: true, max_failures: 3, exclude: [:skip])
    ExUnit.Server.add_sync_module(Ex.Exunit.Cases.Passing)
    ExUnit.Server.add_sync_module(Ex.Exunit.Cases.Failing)
    IO.inspect(ExUnit.run())
  end
end
