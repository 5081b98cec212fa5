defmodule Ex.Otp.Application do
  # Application environment and specs at run time: get/put/fetch env, the elixir application's
  # keys, started applications, loading and starting OTP applications (logger, eex), stop.
  def main(_) do
    IO.inspect(Application.started_applications() |> Enum.map(&elem(&1, 0)) |> Enum.sort())
    IO.inspect(Application.spec(:elixir, :vsn))
    IO.inspect(Application.spec(:elixir, :applications))
    IO.inspect(Application.spec(:logger) |> Keyword.take([:mod, :registered]))
    IO.inspect(Application.get_env(:elixir, :ansi_enabled))
    Application.put_env(:my_app, :key, [1, 2])
    IO.inspect({Application.get_env(:my_app, :key), Application.fetch_env(:my_app, :nope), Application.get_all_env(:my_app)})
    Application.delete_env(:my_app, :key)
    IO.inspect(Application.get_env(:my_app, :key, :default))
    IO.inspect(Application.ensure_all_started(:eex))
    IO.inspect(Application.ensure_all_started(:no_such_app))
    IO.inspect(Application.load(:ex_unit))
    IO.inspect(Application.spec(:ex_unit, :description))
    IO.inspect(Application.stop(:eex))
    IO.inspect(Application.app_dir(:elixir) |> Path.basename())
    IO.inspect(:application.which_applications() |> length() > 0)
    IO.inspect(Application.fetch_env!(:elixir, :nothing_here))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
