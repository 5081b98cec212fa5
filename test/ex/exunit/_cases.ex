# Test modules for the ExUnit programs. `use ExUnit.Case` registers a module with ExUnit.Server
# when it is compiled (mix test compiles the tests after ExUnit.start/1); elixirc compiled these
# ahead of time, so the programs register them with ExUnit.Server.add_sync_module/1 themselves.
defmodule Ex.Exunit.Cases.Passing do
  use ExUnit.Case

  test "arithmetic" do
    assert 1 + 1 == 2
  end

  test "pattern match" do
    assert {:ok, value} = {:ok, 42}
    assert value == 42
  end

  test "raising" do
    assert_raise ArgumentError, fn -> String.to_integer("x") end
    assert_raise RuntimeError, "exact", fn -> raise "exact" end
  end

  test "messages" do
    send(self(), {:hello, 1})
    assert_receive {:hello, n}
    assert n == 1
    refute_received :other
  end

  describe "a describe block" do
    setup do
      {:ok, number: 3}
    end

    test "uses the context", %{number: n} do
      assert n == 3
    end
  end

  test "in_delta and refute" do
    assert_in_delta 1.0, 1.05, 0.1
    refute nil
    refute 1 > 2
  end
end

defmodule Ex.Exunit.Cases.Failing do
  use ExUnit.Case

  @moduletag :failing_module

  test "equality of lists" do
    assert [1, 2, 3] == [1, 2, 4]
  end

  test "equality of maps" do
    assert %{a: 1, b: "two"} == %{a: 1, b: "three"}
  end

  test "a raise inside the test" do
    Map.fetch!(%{}, :missing)
  end

  test "a failed match" do
    assert {:ok, _} = {:error, :reason}
  end

  test "refute that holds" do
    refute [] == []
  end

  test "flunk with a message" do
    flunk("gave up")
  end

  test "assert_raise with the wrong exception" do
    assert_raise KeyError, fn -> raise ArgumentError, "not a key error" end
  end

  test "a throw" do
    throw(:thrown_in_test)
  end

  test "an exit" do
    exit(:exited_in_test)
  end

  @tag :skip
  test "skipped" do
    flunk("never runs")
  end

  test "passes among failures" do
    assert true
  end

  test "strings" do
    assert "hello world" == "hello wordl"
  end

  test "boolean expression" do
    x = 5
    assert x > 10 and is_integer(x)
  end
end

defmodule Ex.Exunit.Cases.SetupAll do
  use ExUnit.Case

  setup_all do
    IO.puts("setup_all runs once")
    {:ok, shared: :value}
  end

  setup context do
    {:ok, per_test: context.test}
  end

  test "sees setup_all", %{shared: s} do
    assert s == :value
  end

  test "sees setup", %{per_test: t} do
    assert t == :"test sees setup"
  end

  test "capture_io" do
    out = ExUnit.CaptureIO.capture_io(fn -> IO.puts("captured") end)
    assert out == "captured\n"
  end

  test "capture_log" do
    require Logger
    log = ExUnit.CaptureLog.capture_log(fn -> Logger.error("logged") end)
    assert log =~ "[error] logged"
  end
end
