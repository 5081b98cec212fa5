# args: ["first", "sécond arg", "", "--flag", "-x"]
defmodule Ex.Io.System do
  # System: argv as binaries (Unicode too), versions, env get/put/delete, cmd with status and
  # stderr_to_stdout, find_executable, schedulers/endianness, monotonic time ordering.
  def main(args) do
    IO.inspect(args)
    IO.inspect(System.argv())
    IO.inspect(System.version())
    IO.inspect(System.otp_release())
    IO.inspect(System.build_info() |> Map.take([:version, :otp_release]))
    System.put_env("BEAMJS_EX_TEST", "välue")
    IO.inspect(System.get_env("BEAMJS_EX_TEST"))
    IO.inspect(System.fetch_env("BEAMJS_EX_TEST"))
    System.delete_env("BEAMJS_EX_TEST")
    IO.inspect({System.get_env("BEAMJS_EX_TEST"), System.get_env("BEAMJS_EX_TEST", "default"), System.fetch_env("BEAMJS_EX_TEST")})
    System.put_env(%{"A_ONE" => "1", "A_TWO" => "2"})
    IO.inspect(System.get_env() |> Map.take(["A_ONE", "A_TWO"]))
    IO.inspect(System.cmd("echo", ["hello", "wörld"]))
    IO.inspect(System.cmd("sh", ["-c", "echo out; echo err 1>&2; exit 3"], stderr_to_stdout: true))
    IO.inspect(System.cmd("sh", ["-c", "printf \"$VAR\""], env: [{"VAR", "from env"}]))
    IO.inspect(System.cmd("pwd", [], cd: "/"))
    IO.inspect(System.find_executable("sh") |> is_binary())
    IO.inspect(System.find_executable("surely-not-a-command-xyz"))
    IO.inspect(System.endianness())
    IO.inspect(is_integer(System.schedulers_online()))
    a = System.monotonic_time()
    b = System.monotonic_time()
    IO.inspect(b >= a)
    IO.inspect(System.convert_time_unit(1, :second, :millisecond))
    IO.inspect(is_binary(System.tmp_dir()))
    IO.inspect(System.os_time(:second) > 1_600_000_000)
    IO.inspect(:os.type())
    IO.inspect(System.get_env("HOME") == System.user_home())
    IO.inspect(System.fetch_env!("BEAMJS_EX_NOT_SET"))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
