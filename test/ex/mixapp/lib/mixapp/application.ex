defmodule Mixapp.Application do
  @moduledoc "Starts the counter and a registry under one supervisor."
  use Application

  @impl true
  def start(type, args) do
    IO.puts("Mixapp.Application.start(#{inspect(type)}, #{inspect(args)})")
    # The dependency must already run: Application starts it first.
    IO.puts("mixdep started first: #{inspect(started?(:mixdep))}")

    children = [
      {Registry, keys: :unique, name: Mixapp.Registry},
      {Mixapp.Counter, Application.fetch_env!(:mixapp, :counter_start)}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Mixapp.Supervisor)
  end

  @impl true
  def stop(state) do
    IO.puts("Mixapp.Application.stop(#{inspect(state)})")
  end

  defp started?(app), do: List.keymember?(Application.started_applications(), app, 0)
end
