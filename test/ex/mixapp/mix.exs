# A small Mix project for the Elixir differential tests (test/elixir-differential.test.ts): an
# application with a supervision tree (mod:) that depends on a second, dependency-free application
# (mixdep, a path dependency: no network, no Hex). The harness builds it with `mix compile` and runs
# Mixapp.Main with -pa for each _build/dev/lib/*/ebin, on erts and on beamjs.
defmodule Mixapp.MixProject do
  use Mix.Project

  def project do
    [app: :mixapp, version: "0.1.0", elixir: "~> 1.14", deps: [{:mixdep, path: "mixdep"}]]
  end

  def application do
    [mod: {Mixapp.Application, [greeting: "hi"]}, extra_applications: [:logger], env: [counter_start: 10]]
  end
end
