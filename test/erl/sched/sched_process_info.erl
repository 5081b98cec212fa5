%% process_info items that are deterministic: queue length, queued messages, flags, dictionary, status.
-module(sched_process_info).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    Self = self(),
    P = spawn(fun() -> put(k, v), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    [P ! {m, I} || I <- [1, 2, 3]],
    receive after 20 -> ok end,
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    erlang:display(process_info(P, [trap_exit, priority, dictionary])),
    erlang:display(process_info(P, status)),
    erlang:display(element(1, process_info(P, current_function))),
    Self ! one, Self ! two,
    erlang:display(process_info(Self, [message_queue_len, messages])),
    receive one -> ok end, receive two -> ok end,
    erlang:display(process_flag(trap_exit, true)),
    erlang:display(process_info(self(), trap_exit)),
    erlang:display(process_flag(priority, high)),
    erlang:display(process_info(self(), priority)),
    process_flag(priority, normal),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    erlang:display([process_info(P, status), is_process_alive(P)]),
    erlang:display(try process_info(?MODULE:id(notapid)) catch C:R -> {C, R} end),
    erlang:display(try process_info(self(), ?MODULE:id(bogus_item)) catch C2:R2 -> {C2, R2} end),
    put(a, 1), put(b, 2),
    erlang:display([get(a), get(zz), lists:sort(get_keys()), erase(a), get(a), lists:sort(get())]).
