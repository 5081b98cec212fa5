%% Messages from one sender arrive in order; selective receive picks by pattern and leaves the rest queued.
-module(sched_selective_receive).
-export([main/1, id/1]).

id(X) -> X.

flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.

main(_) ->
    Self = self(),
    [Self ! {msg, K} || K <- lists:seq(1, 10)],
    Self ! {urgent, x},
    R1 = receive {urgent, X} -> X end,
    R2 = receive {msg, Big} when Big > 5 -> Big end,
    R3 = receive {msg, 3} -> three end,
    erlang:display([R1, R2, R3]),
    erlang:display(flush([])),
    P = spawn(fun() -> [Self ! {seq, I} || I <- lists:seq(1, 1000)], Self ! finished end),
    receive finished -> ok end,
    Seq = [receive {seq, S} -> S end || _ <- lists:seq(1, 1000)],
    erlang:display(Seq =:= lists:seq(1, 1000)),
    erlang:display(is_pid(P)),
    Ref = make_ref(),
    Self ! {other, 1},
    Self ! {Ref, answer},
    Self ! {other, 2},
    erlang:display(receive {Ref, A} -> A end),
    erlang:display(flush([])),
    erlang:display(receive nothing -> yes after 0 -> timeout_zero end),
    erlang:display(receive nothing -> yes after 10 -> timeout_ten end).
