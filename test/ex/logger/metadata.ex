defmodule Ex.Logger.Metadata do
  # Logger metadata and formats: process metadata, per-call metadata, a console format with
  # metadata keys, reset_metadata, and metadata of several value types.
  require Logger

  def main(_) do
    Logger.configure_backend(:console, format: "[$level] $metadata| $message\n", metadata: [:request_id, :user, :list, :pid_md, :module, :function, :line])
    Logger.metadata(request_id: "abc123")
    Logger.info("with process metadata")
    Logger.info("with call metadata", user: "ann", list: [1, 2])
    IO.inspect(Logger.metadata())
    Logger.reset_metadata(user: "bob")
    Logger.warning("after reset")
    Logger.metadata(user: nil)
    Logger.error("user removed")
    Logger.configure_backend(:console, format: "$level:$message|$metadata\n", metadata: :all)
    Logger.info("all metadata", custom: :value)
    Logger.configure_backend(:console, format: {__MODULE__, :fmt}, metadata: [:user])
    Logger.info("custom formatter", user: "zed")
    Logger.configure_backend(:console, format: "$date $time [$level]$levelpad $message\n", metadata: [])
    Logger.info("date and levelpad")
    Logger.flush()
  end

  def fmt(level, message, _ts, metadata), do: "FMT #{level} #{IO.chardata_to_string(message)} #{inspect(metadata)}\n"
end
