defmodule Ex.Logger.ErlangLogger do
  # Erlang's logger API and error_logger through Elixir's Logger: format strings, reports,
  # report_cb, error_logger calls, and a crashed process's report in Elixir's format.
  def main(_) do
    :logger.error('erlang format ~p ~s', [{1, 2}, "str"])
    :logger.warning(%{report: :map, n: 1})
    :logger.info([list: :report, of: 2])
    :logger.notice("plain string")
    :logger.error(%{a: 1}, %{report_cb: fn r -> {'custom cb ~p', [r]} end})
    :error_logger.error_msg('error_logger ~p~n', [:msg])
    :error_logger.warning_msg('warning ~w~n', [[1, 2]])
    :error_logger.info_report([key: :value])
    :error_logger.error_report(:type, [a: 1])
    {pid, ref} = spawn_monitor(fn -> :erlang.error({:custom, :reason}) end)
    receive do {:DOWN, ^ref, _, ^pid, _} -> :ok end
    {pid2, ref2} = spawn_monitor(fn -> exit(:not_normal) end)
    receive do {:DOWN, ^ref2, _, ^pid2, _} -> :ok end
    {pid3, ref3} = spawn_monitor(fn -> throw(:thrown) end)
    receive do {:DOWN, ^ref3, _, ^pid3, _} -> :ok end
    Logger.flush()
  end
end
