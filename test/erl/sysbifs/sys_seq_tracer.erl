%% A system sequential tracer: the send, receive and print events of a token with those flags,
%% between three processes, collected by a tracer process; then a token through io:format/2 (the
%% group leader's replies carry it back).
-module(sys_seq_tracer).
-export([main/1, relay/1, collect/1]).

relay(Next) ->
    receive
        {hop, N} when N > 0 -> Next ! {hop, N - 1}, relay(Next);
        {hop, 0} = M -> seq_trace:print(done), Next ! M, relay(Next);
        stop -> ok
    end.

collect(Acc) ->
    receive
        {dump, To} -> To ! {events, lists:reverse(Acc)};
        Ev -> collect([Ev | Acc])
    end.

who(T, Names) when is_tuple(T) -> list_to_tuple([who(E, Names) || E <- tuple_to_list(T)]);
who(L, Names) when is_list(L) -> [who(E, Names) || E <- L];
who(P, Names) when is_pid(P) -> proplists:get_value(P, Names, other_pid);
who(R, _) when is_reference(R) -> ref;
who(X, _) -> X.

main(_) ->
    C = spawn(?MODULE, collect, [[]]),
    P2 = spawn(?MODULE, relay, [self()]),
    P1 = spawn(?MODULE, relay, [P2]),
    Names = [{self(), main}, {C, collector}, {P1, p1}, {P2, p2}],
    Show = fun(X) -> io:format("~p~n", [who(X, Names)]) end,
    Show(seq_trace:set_system_tracer(C)),
    Show(seq_trace:get_system_tracer()),
    seq_trace:set_token(label, route),
    seq_trace:set_token(send, true),
    seq_trace:set_token('receive', true),
    seq_trace:set_token(print, true),
    P1 ! {hop, 1},
    receive {hop, 0} -> ok end,
    Show(seq_trace:get_token()),
    seq_trace:set_token([]),
    C ! {dump, self()},
    receive {events, Evs} -> [Show(E) || E <- Evs] end,
    Show(seq_trace:set_system_tracer(false)),
    seq_trace:set_token(label, 17),
    io:format("with a token~n"),
    Show(seq_trace:get_token()),
    io:format("again~n"),
    Show(seq_trace:get_token()),
    seq_trace:set_token([]),
    P1 ! stop, P2 ! stop.
