defmodule Ex.Code.ConfigReader do
  # Config files evaluated at run time (Config.Reader, as releases and Mix do): imports, env
  # overrides, deep merging into the application environment.
  def main(_) do
    dir = Path.join(System.tmp_dir!(), "beamjs-ex-config-#{System.pid()}")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    File.write!(Path.join(dir, "config.exs"), ~S"""
    import Config
    config :my_app, key: :value, nested: [a: 1, b: [c: 2]]
    config :my_app, MyApp.Repo, url: "ecto://localhost", pool: 10
    config :logger, level: :info
    if config_env() == :test, do: config(:my_app, test_only: true)
    import_config "extra.exs"
    """)
    File.write!(Path.join(dir, "extra.exs"), ~S"""
    import Config
    config :my_app, nested: [b: [d: 3]], extra: System.get_env("BEAMJS_CFG_NOT_SET", "default")
    """)
    cfg = Config.Reader.read!(Path.join(dir, "config.exs"), env: :test)
    IO.inspect(cfg)
    IO.inspect(Config.Reader.merge([my_app: [a: 1, deep: [x: 1]]], [my_app: [deep: [y: 2]]]))
    Application.put_all_env(cfg)
    IO.inspect(Application.get_env(:my_app, :nested))
    IO.inspect(Application.fetch_env!(:my_app, MyApp.Repo))
    File.write!(Path.join(dir, "bad.exs"), "import Config\nconfig :x, 1")
    try do
      Config.Reader.read!(Path.join(dir, "bad.exs"))
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e) |> String.replace(dir, "DIR")}")
    end
    # A config file run directly, not through Config.Reader: Config refuses.
    try do
      Code.eval_file(Path.join(dir, "extra.exs"))
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end

    File.rm_rf!(dir)
  end
end
