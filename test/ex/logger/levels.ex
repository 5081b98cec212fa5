defmodule Ex.Logger.Levels do
  # Logger's console backend in its default format ("\n$time $metadata[$level] $message\n"):
  # every level, the global level, enable/disable per process, lazy messages, chardata and
  # non-string messages, Logger.flush so nothing is left in the queue at exit.
  require Logger

  def main(_) do
    Logger.debug("debug message")
    Logger.info("info message")
    Logger.notice("notice message")
    Logger.warning("warning message")
    Logger.error("error message")
    Logger.critical("critical")
    Logger.alert("alert")
    Logger.emergency("emergency")
    Logger.warn("deprecated warn")
    Logger.info(fn -> "lazy message" end)
    Logger.info(fn -> {"lazy with metadata", [extra: 1]} end)
    Logger.info(["chardata ", ?x, ["nested", "é"]])
    Logger.error("multi\nline\nmessage")
    IO.inspect(Logger.level())
    Logger.configure(level: :warning)
    Logger.info("hidden info")
    Logger.warning("shown warning")
    IO.inspect(Logger.level())
    Logger.configure(level: :debug)
    Logger.disable(self())
    Logger.error("disabled for this process")
    IO.inspect(Logger.enabled?(self()))
    Logger.enable(self())
    Logger.error("enabled again")
    Logger.log(:info, "via log/2")
    IO.inspect(Logger.compare_levels(:info, :warning))
    Logger.flush()
    IO.puts("done")
  end
end
