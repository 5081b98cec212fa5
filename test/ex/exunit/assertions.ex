defmodule Ex.Exunit.Assertions do
  # ExUnit.Assertions used directly (outside a test run): the ExUnit.AssertionError structs they
  # raise and their formatted messages, including diffs without colours.
  import ExUnit.Assertions

  def main(_) do
    for f <- [
          fn -> assert 1 == 2 end,
          fn -> assert [1, 2] == [1, 3] end,
          fn -> assert %{a: 1} = %{b: 2} end,
          fn -> refute 1 == 1 end,
          fn -> assert_in_delta 1, 2, 0.5 end,
          fn -> assert_receive :nothing, 10 end,
          fn -> assert_raise ArgumentError, fn -> :ok end end,
          fn -> assert "abc" =~ "z" end,
          fn -> flunk() end
        ] do
      try do
        f.()
      rescue
        e in ExUnit.AssertionError ->
          IO.inspect(e, limit: :infinity)
          IO.puts(ExUnit.Formatter.format_assertion_error(e))
          IO.puts(Exception.message(e))
      end
    end
  end
end
