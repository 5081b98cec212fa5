defmodule Ex.Io.StringIo do
  # StringIO (an io server written in Elixir) as a device and as a group leader: IO.gets/read/
  # write on it, :io.format/get_line through it, capture of another process's output.
  def main(_) do
    {:ok, dev} = StringIO.open("line one\nline two\nrest")
    IO.inspect(IO.gets(dev, "prompt> "))
    IO.inspect(IO.read(dev, 4))
    IO.write(dev, "written é")
    :io.format(dev, "~p ~ts~n", [{1, 2}, "ü"])
    IO.inspect(IO.read(dev, :eof))
    IO.inspect(IO.gets(dev, ""))
    IO.inspect(StringIO.contents(dev))
    IO.inspect(StringIO.flush(dev))
    IO.inspect(StringIO.close(dev))
    {:ok, dev2} = StringIO.open("input for child\n", capture_prompt: true)
    me = self()
    pid = spawn(fn ->
      Process.group_leader(self(), dev2)
      line = IO.gets("child asks> ")
      IO.puts("child read #{inspect(line)}")
      :io.format("erlang format ~w~n", [[1, 2]])
      send(me, :done)
    end)
    receive do :done -> :ok end
    IO.inspect(Process.alive?(pid) |> is_boolean())
    IO.inspect(StringIO.contents(dev2))
    {:ok, dev3} = StringIO.open(<<255, 254>>)
    IO.inspect(IO.binread(dev3, 2))
    {:ok, dev4} = StringIO.open("abc", encoding: :latin1)
    IO.inspect(IO.binread(dev4, :eof))
    IO.inspect(:io.getopts(dev4))
    IO.inspect(:io.columns(dev4))
  end
end
