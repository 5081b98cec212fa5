defmodule Mixapp.Counter do
  @moduledoc "A GenServer counter registered by name, started by the application's supervisor."
  use GenServer

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def bump(n \\ 1), do: GenServer.call(__MODULE__, {:bump, n})
  def value, do: GenServer.call(__MODULE__, :value)

  @impl true
  def init(start), do: {:ok, start}

  @impl true
  def handle_call({:bump, n}, _from, v), do: {:reply, v + n, v + n}
  def handle_call(:value, _from, v), do: {:reply, v, v}
end
