defmodule Ex.Logger.Configure do
  # Logger configuration at run time: truncation, UTC times, colours (ANSI escapes), per-module
  # and per-process levels, the console writing to stderr, bare_log, level :none.
  require Logger

  def main(_) do
    Logger.configure(truncate: 30)
    Logger.info("a message that is definitely longer than thirty bytes")
    Logger.configure(truncate: :infinity)
    Logger.configure_backend(:console, colors: [enabled: true, info: :green, error: :red])
    Logger.info("coloured info")
    Logger.error("coloured error")
    Logger.configure_backend(:console, colors: [enabled: false])
    Logger.put_module_level(__MODULE__, :error)
    Logger.info("hidden by module level")
    Logger.error("shown at module level error")
    Logger.delete_module_level(__MODULE__)
    Logger.put_process_level(self(), :critical)
    Logger.error("hidden by process level")
    Logger.delete_process_level(self())
    Logger.bare_log(:warning, "bare log")
    Logger.configure_backend(:console, device: :standard_error)
    Logger.warning("to stderr")
    Logger.flush()
    Logger.configure_backend(:console, device: :user)
    Logger.configure(level: :none)
    Logger.emergency("nothing at none")
    Logger.configure(level: :debug)
    Logger.debug("back to debug", extra: [1, 2])
    Logger.flush()
  end
end
