defmodule Ex.Otp.Ports do
  # Ports from Elixir: spawn_executable with args, data and exit_status messages, line mode,
  # Port.command/close/info, :os.cmd, and a port owner's exit.
  def main(_) do
    sh = System.find_executable("sh")
    p = Port.open({:spawn_executable, sh}, [:binary, :exit_status, args: ["-c", "echo out; echo line2; exit 7"]])
    collect(p)
    p2 = Port.open({:spawn, "cat"}, [:binary])
    Port.command(p2, "echo me\n")
    receive do {^p2, {:data, d}} -> IO.inspect(d) end
    IO.inspect(Port.info(p2, :name))
    IO.inspect(Port.close(p2))
    p3 = Port.open({:spawn_executable, sh}, [{:line, 5}, :exit_status, args: ["-c", "printf 'short\\nlonger line\\nend'"]])
    collect(p3)
    IO.inspect(:os.cmd('echo via os cmd; echo second'))
    IO.inspect(:os.cmd('exit 3'))
    IO.inspect(Port.list() |> is_list())
  end

  # Stream data is printed once, joined: how a child's writes are split into {:data, _}
  # messages depends on when the port reads, on erts as here. Line-mode messages are printed
  # as they come.
  defp collect(p, acc \\ "") do
    receive do
      {^p, {:exit_status, s}} ->
        if acc != "", do: IO.inspect({:data, acc})
        IO.inspect({:exit_status, s})
      {^p, {:data, d}} when is_binary(d) -> collect(p, acc <> d)
      {^p, msg} -> IO.inspect(msg); collect(p, acc)
    end
  end
end
