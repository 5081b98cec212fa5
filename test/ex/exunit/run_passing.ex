defmodule Ex.Exunit.RunPassing do
  # ExUnit running a passing test module on the VM: `ExUnit.start(autorun: false, seed: 0)`,
  # then ExUnit.run/0; its report (durations normalised by the harness) and the result map.
  def main(_) do
    ExUnit.start(autorun: false, seed: 0)
    ExUnit.Server.add_sync_module(Ex.Exunit.Cases.Passing)
    ExUnit.Server.add_sync_module(Ex.Exunit.Cases.SetupAll)
    IO.inspect(ExUnit.run())
  end
end
