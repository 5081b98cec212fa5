defmodule Ex.Io.Files do
  # File in a temporary directory the program creates and removes: write/read/append, stat
  # fields that do not depend on time, ls, mkdir_p, cp/rename/rm, touch, exists?/dir?/regular?,
  # and the errors ({:error, posix} and File.Error messages).
  def main(_) do
    dir = Path.join(System.tmp_dir!(), "beamjs-ex-io-files-#{System.pid()}")
    File.rm_rf!(dir)
    File.mkdir_p!(Path.join(dir, "a/b"))
    f = Path.join(dir, "a/one.txt")
    IO.inspect(File.write(f, "héllo\n"))
    IO.inspect(File.write(f, ["more", ?\n], [:append]))
    IO.inspect(File.read(f))
    IO.inspect(File.read!(f) |> byte_size())
    st = File.stat!(f)
    IO.inspect({st.size, st.type, st.access})
    IO.inspect(File.lstat(Path.join(dir, "a")) |> elem(1) |> Map.get(:type))
    IO.inspect(File.ls!(Path.join(dir, "a")) |> Enum.sort())
    IO.inspect({File.exists?(f), File.dir?(f), File.regular?(f), File.dir?(Path.join(dir, "a/b"))})
    IO.inspect(File.cp(f, Path.join(dir, "two.txt")))
    IO.inspect(File.rename(Path.join(dir, "two.txt"), Path.join(dir, "a/b/three.txt")))
    IO.inspect(File.cp_r(Path.join(dir, "a"), Path.join(dir, "copy")) |> elem(1) |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort())
    IO.inspect(File.touch(Path.join(dir, "empty")))
    IO.inspect(File.read(Path.join(dir, "empty")))
    IO.inspect(File.rm(Path.join(dir, "empty")))
    IO.inspect(File.rm(Path.join(dir, "empty")))
    IO.inspect(File.read(Path.join(dir, "nope")))
    IO.inspect(File.mkdir(Path.join(dir, "a")))
    IO.inspect(File.rmdir(Path.join(dir, "a")))
    IO.inspect(File.ls(Path.join(dir, "nope")))
    IO.inspect(File.write(Path.join(dir, "nodir/x"), "x"))
    IO.inspect(File.ln_s("a/one.txt", Path.join(dir, "link")))
    IO.inspect(File.read_link(Path.join(dir, "link")))
    IO.inspect(File.read(Path.join(dir, "link")))
    IO.inspect(File.chmod(f, 0o600))
    IO.inspect(File.stat!(f).mode |> Bitwise.band(0o777) |> Integer.to_string(8))

    for g <- [fn -> File.read!(Path.join(dir, "nope")) end, fn -> File.mkdir!(Path.join(dir, "a")) end, fn -> File.rm!(Path.join(dir, "nope")) end, fn -> File.cd!(Path.join(dir, "nope")) end] do
      try do
        g.()
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e) |> String.replace(dir, "DIR")}")
      end
    end

    IO.inspect(File.rm_rf(dir) |> elem(1) |> length())
    IO.inspect(File.exists?(dir))
  end
end
