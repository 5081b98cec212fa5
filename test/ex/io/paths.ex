defmodule Ex.Io.Paths do
  # Path: join/split/expand/relative_to/basename/extname/rootname/dirname/type, wildcard on a
  # temporary tree, safe_relative (1.14: Path.safe_relative_to).
  def main(_) do
    IO.inspect(Path.join(["a", "b", "c.ex"]))
    IO.inspect(Path.join("/a/", "/b"))
    IO.inspect(Path.split("/a/b//c/"))
    IO.inspect(Path.expand("a/../b/./c", "/base"))
    IO.inspect(Path.expand("/x/../../y"))
    IO.inspect(Path.relative_to("/a/b/c", "/a"))
    IO.inspect(Path.relative_to("/a/b/c", "/x"))
    IO.inspect(Path.relative_to_cwd(Path.join(File.cwd!(), "rel/path")))
    IO.inspect({Path.basename("/a/b.tar.gz"), Path.basename("/a/b.tar.gz", ".gz"), Path.extname("x.tar.gz"), Path.extname(".bashrc")})
    IO.inspect({Path.rootname("a/b.ex"), Path.rootname("a/b.ex", ".exs"), Path.dirname("/a/b/c"), Path.dirname("file")})
    IO.inspect({Path.type("/a"), Path.type("a"), Path.absname("a", "/root"), Path.absname("/x")})
    IO.inspect(Path.safe_relative_to("a/../../b", "/tmp"))
    IO.inspect(Path.safe_relative_to("a/./b", "/tmp"))
    IO.inspect(Path.expand("~") == System.user_home!())
    dir = Path.join(System.tmp_dir!(), "beamjs-ex-io-paths-#{System.pid()}")
    File.rm_rf!(dir)
    for p <- ["a/x.ex", "a/y.exs", "a/b/z.ex", "c/w.txt", ".hidden/h.ex"] do
      File.mkdir_p!(Path.dirname(Path.join(dir, p)))
      File.write!(Path.join(dir, p), "")
    end
    rel = fn list -> list |> Enum.map(&Path.relative_to(&1, dir)) |> Enum.sort() end
    IO.inspect(Path.wildcard(Path.join(dir, "**/*.ex")) |> rel.())
    IO.inspect(Path.wildcard(Path.join(dir, "**/*.ex"), match_dot: true) |> rel.())
    IO.inspect(Path.wildcard(Path.join(dir, "a/*.{ex,exs}")) |> rel.())
    IO.inspect(Path.wildcard(Path.join(dir, "?/*")) |> rel.())
    IO.inspect(Path.wildcard(Path.join(dir, "[ab]/*.ex*")) |> rel.())
    File.rm_rf!(dir)
  end
end
