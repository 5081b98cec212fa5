-module(gen_call).
%% gen_server: N synchronous gen_server:call round trips to a counter server.
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
init(Count) -> {ok, Count}.
handle_call({add, K}, _From, Count) -> {reply, Count + K, Count + K};
handle_call(get, _From, Count) -> {reply, Count, Count}.
handle_cast(_Msg, Count) -> {noreply, Count}.
calls(0, _Pid, Acc) -> Acc;
calls(I, Pid, Acc) -> calls(I - 1, Pid, (Acc + gen_server:call(Pid, {add, I rem 10})) rem 1000000007).
run(N) ->
    {ok, Pid} = gen_server:start_link(?MODULE, 0, []),
    Acc = calls(N, Pid, 0),
    R = {gen_server:call(Pid, get), Acc},
    ok = gen_server:stop(Pid),
    R.
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 200000 end,
    run(1000),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, R}),
    erlang:display({time_us, T1 - T0}).
