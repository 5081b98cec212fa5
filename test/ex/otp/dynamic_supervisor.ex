defmodule Ex.Otp.DynamicSupervisor do
  # DynamicSupervisor: start_child with specs, max_children, which/count_children,
  # terminate_child, temporary vs permanent restart, extra_arguments.
  defmodule W do
    use Agent, restart: :transient
    def start_link(extra, v), do: Agent.start_link(fn -> {extra, v} end)
  end

  def main(_) do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2, extra_arguments: [:extra])
    {:ok, p1} = DynamicSupervisor.start_child(sup, {W, 1})
    {:ok, p2} = DynamicSupervisor.start_child(sup, %{id: :x, start: {W, :start_link, [2]}, restart: :temporary})
    IO.inspect(Agent.get(p1, & &1))
    IO.inspect(DynamicSupervisor.start_child(sup, {W, 3}))
    IO.inspect(DynamicSupervisor.count_children(sup))
    IO.inspect(DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, p in [p1, p2], t, m} end))
    IO.inspect(DynamicSupervisor.terminate_child(sup, p2))
    IO.inspect(DynamicSupervisor.terminate_child(sup, p2))
    ref = Process.monitor(p1)
    Process.exit(p1, :kill)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
    IO.inspect(wait_count(sup, 1))
    IO.inspect(DynamicSupervisor.start_child(sup, {Task, fn -> :ok end}) |> elem(0))
    IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {:erlang, :apply, [fn -> {:error, :nope} end, []]}}))
    IO.inspect(DynamicSupervisor.stop(sup))
  end

  defp wait_count(sup, n) do
    case DynamicSupervisor.count_children(sup) do
      %{active: ^n} = c -> c
      _ -> wait_count(sup, n)
    end
  end
end
