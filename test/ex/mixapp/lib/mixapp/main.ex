defmodule Mixapp.Main do
  @moduledoc "The program the harness runs: starts the application as `mix run` would, then uses it."

  def main(args) do
    IO.puts("args: #{inspect(args)}")
    IO.puts("loaded before start: #{inspect(loaded?(:mixapp))}")
    {:ok, started} = Application.ensure_all_started(:mixapp)
    IO.puts("started: #{inspect(started)}")
    {:ok, again} = Application.ensure_all_started(:mixapp)
    IO.puts("started again: #{inspect(again)}")

    IO.puts("counter: #{Mixapp.Counter.value()} -> #{Mixapp.Counter.bump(5)}")
    IO.puts("mixdep: #{Mixdep.describe()} #{inspect(Application.get_env(:mixdep, :colour))}")
    IO.puts("mixapp env: #{inspect(Application.get_all_env(:mixapp) |> Enum.sort())}")

    # Registry.register links the caller to the registry: a task registers, so that stopping the
    # application later does not take main down with it.
    Task.async(fn ->
      {:ok, _} = Registry.register(Mixapp.Registry, :main, :value)
      IO.puts("registry: #{inspect(Registry.lookup(Mixapp.Registry, :main) |> Enum.map(&elem(&1, 1)))}")
    end)
    |> Task.await()

    IO.puts("consolidated: #{Protocol.consolidated?(Mixapp.Shape)} #{Protocol.consolidated?(Enumerable)}")
    IO.puts("areas: #{inspect(Enum.map([%Mixapp.Square{side: 3}, 7], &Mixapp.Shape.area/1))}")
    IO.puts("impls: #{inspect(Mixapp.Shape.__protocol__(:impls))}")

    {:ok, vsn} = :application.get_key(:mixapp, :vsn)
    {:ok, mods} = :application.get_key(:mixapp, :modules)
    IO.puts("vsn #{vsn}, modules #{inspect(Enum.sort(mods))}")
    IO.puts("children: #{inspect(Supervisor.which_children(Mixapp.Supervisor) |> Enum.map(&elem(&1, 0)))}")

    # A supervised child crashing is restarted (the crash is reported by the logger).
    pid = Process.whereis(Mixapp.Counter)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.puts("counter down: #{inspect(reason)}")
    end
    IO.puts("counter after restart: #{wait_restarted(pid)}")

    :ok = Application.stop(:mixapp)
    IO.puts("running after stop: #{inspect(loaded?(:mixapp))} #{inspect(Process.whereis(Mixapp.Counter))}")
  end

  defp loaded?(app), do: List.keymember?(Application.started_applications(), app, 0)

  # Asks the supervisor until it lists a new counter: no sleep, and the output does not depend on
  # when the supervisor sees the EXIT.
  defp wait_restarted(old) do
    case List.keyfind(Supervisor.which_children(Mixapp.Supervisor), Mixapp.Counter, 0) do
      {_, pid, :worker, _} when is_pid(pid) and pid != old -> Mixapp.Counter.value()
      _ -> wait_restarted(old)
    end
  end
end
