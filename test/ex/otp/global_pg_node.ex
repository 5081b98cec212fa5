defmodule Ex.Otp.GlobalPgNode do
  # Names without distribution: :global registration (kernel's global server runs on a
  # non-distributed node), {:global, name} GenServers, :pg groups, Node functions.
  def main(_) do
    IO.inspect({Node.self(), Node.alive?(), Node.list(), node()})
    IO.inspect(:global.register_name(:gname, self()))
    IO.inspect(:global.whereis_name(:gname) == self())
    IO.inspect(:global.registered_names() |> Enum.member?(:gname))
    IO.inspect(:global.register_name(:gname, spawn(fn -> :ok end)))
    IO.inspect(:global.unregister_name(:gname))
    {:ok, pid} = Agent.start_link(fn -> 42 end, name: {:global, :gagent})
    IO.inspect(Agent.get({:global, :gagent}, & &1))
    IO.inspect(GenServer.whereis({:global, :gagent}) == pid)
    IO.inspect(Agent.start_link(fn -> 0 end, name: {:global, :gagent}) |> elem(0))
    {:ok, _} = :pg.start_link()
    IO.inspect(:pg.join(:group, self()))
    IO.inspect(:pg.get_members(:group) == [self()])
    IO.inspect(:pg.which_groups())
    IO.inspect(:pg.leave(:group, self()))
    IO.inspect(:pg.get_local_members(:group))
    IO.inspect(Node.ping(:"other@nohost"))
    IO.inspect(Node.connect(:"other@nohost"))
    IO.inspect(:erlang.get_cookie())
    IO.inspect(:net_kernel.get_state() |> Map.take([:started]))
  end
end
