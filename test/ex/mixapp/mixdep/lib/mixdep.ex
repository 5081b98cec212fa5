defmodule Mixdep do
  @moduledoc "The dependency's one module."
  def describe, do: "mixdep #{Application.spec(:mixdep, :vsn)}"
end
