# A dependency-free library application with its own environment, used by mixapp as a path dependency.
defmodule Mixdep.MixProject do
  use Mix.Project

  def project, do: [app: :mixdep, version: "0.2.0", elixir: "~> 1.14"]

  def application, do: [env: [colour: :blue]]
end
