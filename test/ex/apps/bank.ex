defmodule Ex.Apps.Bank do
  # Accounts as GenServers under a DynamicSupervisor, named through a Registry, transfers with
  # error tuples, a crash and restart with the state reloaded from an Agent-backed store.
  defmodule Store do
    use Agent
    def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
    def get(id), do: Agent.get(__MODULE__, &Map.get(&1, id, 0))
    def put(id, v), do: Agent.update(__MODULE__, &Map.put(&1, id, v))
  end

  defmodule Account do
    use GenServer, restart: :transient
    def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
    def via(id), do: {:via, Registry, {Ex.Apps.Bank.Reg, id}}
    def init(id), do: {:ok, {id, Store.get(id)}}
    def handle_call(:balance, _f, {_, b} = s), do: {:reply, b, s}
    def handle_call({:deposit, n}, _f, {id, b}) when n > 0, do: (Store.put(id, b + n); {:reply, {:ok, b + n}, {id, b + n}})
    def handle_call({:withdraw, n}, _f, {_, b} = s) when n > b, do: {:reply, {:error, :insufficient_funds}, s}
    def handle_call({:withdraw, n}, _f, {id, b}), do: (Store.put(id, b - n); {:reply, {:ok, b - n}, {id, b - n}})
    def handle_call(:boom, _f, _s), do: exit(:boom)
  end

  def transfer(from, to, n) do
    with {:ok, _} <- GenServer.call(Account.via(from), {:withdraw, n}),
         {:ok, _} <- GenServer.call(Account.via(to), {:deposit, n}) do
      :ok
    end
  end

  def main(_) do
    Process.flag(:trap_exit, true)
    {:ok, _} = Registry.start_link(keys: :unique, name: Ex.Apps.Bank.Reg)
    {:ok, _} = Store.start_link([])
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    for id <- [:alice, :bob, :carol], do: {:ok, _} = DynamicSupervisor.start_child(sup, {Account, id})
    IO.inspect(GenServer.call(Account.via(:alice), {:deposit, 100}))
    IO.inspect(transfer(:alice, :bob, 30))
    IO.inspect(transfer(:bob, :carol, 50))
    IO.inspect(transfer(:alice, :carol, 70))
    IO.inspect(for id <- [:alice, :bob, :carol], do: {id, GenServer.call(Account.via(id), :balance)})
    [{old, _}] = Registry.lookup(Ex.Apps.Bank.Reg, :carol)
    ref = Process.monitor(old)
    try do
      GenServer.call(Account.via(:carol), :boom)
    catch
      # The crash is logged before the caller sees the exit: flush Logger so the report comes first.
      :exit, {reason, _} -> Logger.flush(); IO.inspect({:call_exit, reason})
    end
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect({:down, r}) end
    IO.inspect(wait_new(:carol, old))
    IO.inspect(GenServer.call(Account.via(:carol), :balance))
    IO.inspect(DynamicSupervisor.count_children(sup))
    Logger.flush()
  end

  defp wait_new(id, old) do
    case Registry.lookup(Ex.Apps.Bank.Reg, id) do
      [{pid, _}] when pid != old -> :restarted
      _ -> wait_new(id, old)
    end
  end
end
