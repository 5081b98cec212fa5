defmodule Ex.Apps.Statem do
  # A :gen_statem written in Elixir (handle_event_function and state_functions callbacks): a
  # door with a code, state timeouts of 0, postponed events, calls and casts, and its crash
  # report through Logger.
  defmodule Door do
    @behaviour :gen_statem
    def start_link(code), do: :gen_statem.start_link(__MODULE__, code, [])
    def callback_mode, do: [:state_functions, :state_enter]
    def init(code), do: {:ok, :locked, %{code: code, input: [], opened: 0}}

    def locked(:enter, _old, data), do: {:keep_state, %{data | input: []}}
    def locked(:cast, {:button, d}, %{code: code, input: input} = data) do
      input = [d | input]
      cond do
        Enum.reverse(input) == code -> {:next_state, :open, %{data | opened: data.opened + 1}}
        length(input) >= length(code) -> {:keep_state, %{data | input: []}}
        true -> {:keep_state, %{data | input: input}}
      end
    end
    def locked({:call, from}, :state, data), do: {:keep_state_and_data, [{:reply, from, {:locked, data.input}}]}
    def locked({:call, _from}, :wait_open, _data), do: {:keep_state_and_data, [:postpone]}
    def locked({:call, from}, :crash, _data), do: (:gen_statem.reply(from, :crashing); raise "door broke")

    def open(:enter, _old, _data), do: {:keep_state_and_data, [{:state_timeout, 0, :lock}]}
    def open(:state_timeout, :lock, data), do: {:next_state, :locked, data}
    def open({:call, from}, :wait_open, data), do: {:keep_state_and_data, [{:reply, from, {:was_open, data.opened}}]}
    def open({:call, from}, :state, _data), do: {:keep_state_and_data, [{:reply, from, :open}]}
    def open(:cast, _, _), do: {:keep_state_and_data, [:postpone]}
  end

  def main(_) do
    Process.flag(:trap_exit, true)
    {:ok, door} = Door.start_link([1, 2, 3])
    IO.inspect(:gen_statem.call(door, :state))
    me = self()
    spawn(fn -> send(me, {:waiter, :gen_statem.call(door, :wait_open)}) end)
    for d <- [1, 2], do: :gen_statem.cast(door, {:button, d})
    IO.inspect(:gen_statem.call(door, :state))
    :gen_statem.cast(door, {:button, 3})
    receive do {:waiter, r} -> IO.inspect(r) end
    IO.inspect(:gen_statem.call(door, :state))
    for d <- [9, 9, 9, 1, 2, 3], do: :gen_statem.cast(door, {:button, d})
    IO.inspect(:sys.get_state(door) |> elem(0))
    IO.inspect(:gen_statem.call(door, :crash))
    receive do {:EXIT, ^door, {%RuntimeError{message: m}, _}} -> Logger.flush(); IO.puts("door exited: #{m}") end
    Logger.flush()
  end
end
