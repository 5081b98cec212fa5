-module(send_receive).
-export([main/1]).

%% Sending and selective receive: order from one sender, skipping and later taking messages,
%% after 0, erlang:send/2,3, messages in process_info.

main(_) ->
    Self = self(),
    [Self ! {n, I} || I <- lists:seq(1, 5)],
    Self ! special,
    erlang:display({queue_len, process_info(Self, message_queue_len)}),
    receive special -> erlang:display(special_first) end,
    erlang:display({messages, process_info(Self, messages)}),
    receive {n, 3} -> erlang:display(took_3) end,
    erlang:display({rest, drain()}),
    %% Messages from one sender arrive in order, interleaved senders keep their own order.
    P = spawn(fun() -> [Self ! {p, I} || I <- lists:seq(1, 100)] end),
    Got = [receive {p, I} -> I end || _ <- lists:seq(1, 100)],
    erlang:display({ordered, Got =:= lists:seq(1, 100)}),
    _ = P,
    %% Guards in receive: the first matching message, not the first message.
    Self ! {v, 5}, Self ! {v, 50}, Self ! {v, 7},
    receive {v, X} when X > 10 -> erlang:display({big, X}) end,
    erlang:display({left, drain()}),
    %% after 0 with nothing there.
    receive nothing -> ok after 0 -> erlang:display(empty_after_0) end,
    %% erlang:send/3 options.
    erlang:display({send3, erlang:send(Self, s3, [noconnect]), erlang:send(Self, s4, [nosuspend, noconnect]),
                    erlang:send(Self, s5, [])}),
    erlang:display({send3_msgs, drain()}),
    erlang:display({send3_bad, catch_reason(fun() -> erlang:send(Self, x, [bogus]) end),
                    catch_reason(fun() -> erlang:send(Self, x, bogus) end)}),
    erlang:display({send_badarg, catch_reason(fun() -> erlang:send(42, x) end),
                    catch_reason(fun() -> 42 ! x end)}),
    %% Sending to a dead pid is silently fine.
    D = spawn(fun() -> ok end),
    Ref = monitor(process, D),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display({send_dead, D ! hello}),
    %% A big mailbox, scanned from the end.
    [Self ! {bulk, I} || I <- lists:seq(1, 2000)],
    Self ! marker,
    receive marker -> erlang:display(found_marker) end,
    erlang:display({bulk_len, length(drain())}),
    ok.

drain() ->
    receive X -> [X | drain()] after 0 -> [] end.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
