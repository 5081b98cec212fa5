%% Receive markers (recv_marker_reserve/bind/use/clear): a receive on a fresh reference skips older messages; these cases try to make it skip too many or too few.
-module(recv_marker_edges).
-export([main/1]).

flush(Acc) ->
    receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.

%% Older messages match a looser pattern than the marked receive's; the later plain receive must still see them, in order.
looser() ->
    Self = self(),
    Old = make_ref(),
    Self ! {Old, old},
    Self ! {reply, first},
    Ref = make_ref(),
    Self ! {reply, second},
    Self ! {Ref, mine},
    A = receive {Ref, X} -> X end,
    B = receive {_, Y} -> Y end,
    C = receive {reply, Z} -> Z end,
    {A, B, C, flush([])}.

%% The marked reply is behind newer junk, then the queue is drained in order.
behind_junk() ->
    Self = self(),
    [Self ! {junk, I} || I <- lists:seq(1, 5)],
    Ref = make_ref(),
    [Self ! {junk, I} || I <- lists:seq(6, 8)],
    Self ! {Ref, found},
    R = receive {Ref, V} -> V end,
    {R, flush([])}.

%% Nested: two references made in turn, answered in the opposite order.
nested() ->
    Self = self(),
    Self ! before,
    R1 = make_ref(),
    Self ! middle,
    R2 = make_ref(),
    Self ! {R1, one},
    Self ! {R2, two},
    A = receive {R2, X} -> X end,
    B = receive {R1, Y} -> Y end,
    {A, B, flush([])}.

%% Recursion: more markers outstanding than erts keeps (8); every receive must still find its reply.
deep(0) -> 0;
deep(N) ->
    Ref = make_ref(),
    self() ! {Ref, N},
    self() ! {noise, N},
    V = deep(N - 1),
    receive {Ref, X} -> X + V end.

%% A timeout after the marker was used: the queue is left as it was, and a later message is found by a later receive.
timeout_after_use() ->
    Self = self(),
    Self ! {pre, 1},
    Ref = make_ref(),
    Self ! {pre, 2},
    T = receive {Ref, X} -> X after 20 -> timeout end,
    Self ! {Ref, late},
    L = receive {Ref, Y} -> Y after 1000 -> missing end,
    {T, L, flush([])}.

%% The reply and junk arrive while the receive waits (the scan resumes where it stopped).
while_waiting() ->
    Self = self(),
    Self ! {queued, 0},
    Ref = make_ref(),
    spawn(fun() ->
                  [Self ! {junk, I} || I <- lists:seq(1, 3)],
                  timer:sleep(20),
                  [Self ! {junk, I} || I <- lists:seq(4, 6)],
                  Self ! {Ref, answer},
                  Self ! {junk, 7}
          end),
    R = receive {Ref, V} -> V end,
    {R, flush([])}.

%% The message that was last when the marker was reserved is received before the marked receive runs.
marker_node_taken() ->
    Self = self(),
    Self ! a,
    Self ! b,
    Ref = make_ref(),
    receive b -> ok end,
    Self ! {Ref, after_b},
    Self ! c,
    R = receive {Ref, V} -> V end,
    {R, flush([])}.

%% The queue is empty when the marker is reserved.
empty_queue() ->
    Ref = make_ref(),
    self() ! {Ref, alone},
    R = receive {Ref, V} -> V end,
    {R, flush([])}.

%% A monitor reference (as gen:call makes): the DOWN message and the reply both follow older messages.
monitor_call() ->
    Self = self(),
    Self ! {'DOWN', make_ref(), process, self(), stale},
    Pid = spawn(fun() -> receive {From, Tag, Q} -> From ! {Tag, Q * 2} end end),
    Mref = erlang:monitor(process, Pid),
    Pid ! {Self, Mref, 21},
    R = receive
            {Mref, Reply} -> erlang:demonitor(Mref, [flush]), Reply;
            {'DOWN', Mref, _, _, Reason} -> {down, Reason}
        end,
    {R, length(flush([]))}.

%% An exception between make_ref and receive leaves a marker behind; later receives are not affected.
abandoned() ->
    Self = self(),
    Self ! keep,
    Got = [catch begin
                     Ref = make_ref(),
                     Self ! {Ref, I},
                     case I rem 2 of
                         0 -> throw({skipped, I});
                         1 -> receive {Ref, X} -> X end
                     end
                 end || I <- lists:seq(1, 12)],
    {Got, length(flush([]))}.

main(_) ->
    erlang:display(looser()),
    erlang:display(behind_junk()),
    erlang:display(nested()),
    erlang:display(deep(20)),
    erlang:display(flush([])),
    erlang:display(timeout_after_use()),
    erlang:display(while_waiting()),
    erlang:display(marker_node_taken()),
    erlang:display(empty_queue()),
    erlang:display(monitor_call()),
    erlang:display(abandoned()).
