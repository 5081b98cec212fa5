defmodule Ex.Logger.Translator do
  # What Logger.Translator makes of OTP reports: a proc_lib crash (spawned with Task/proc_lib),
  # a gen_statem and a gen_event handler crash, an Agent crash, in Elixir's wording.
  defmodule Handler do
    @behaviour :gen_event
    def init(s), do: {:ok, s}
    def handle_event(:boom, _s), do: raise("handler boom")
    def handle_event(_, s), do: {:ok, s}
    def handle_call(_, s), do: {:ok, :ok, s}
  end

  def main(_) do
    Process.flag(:trap_exit, true)
    p = :proc_lib.spawn_link(fn -> raise KeyError, key: :k, term: %{} end)
    receive do {:EXIT, ^p, _} -> :ok end
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    catch_exit(fn -> Agent.update(agent, fn _ -> raise "agent update failed" end) end)
    receive do {:EXIT, ^agent, _} -> :ok end
    {:ok, em} = :gen_event.start_link()
    :ok = :gen_event.add_handler(em, Handler, :state)
    :gen_event.sync_notify(em, :boom)
    IO.inspect(:gen_event.which_handlers(em))
    Logger.flush()
  end

  defp catch_exit(f) do
    f.()
  catch
    # The crash is logged before the caller sees the exit; flushing Logger first keeps the report
    # before this line, as on erts, whichever process the schedulers run first.
    :exit, _ -> Logger.flush(); IO.puts("caller exited")
  end
end
