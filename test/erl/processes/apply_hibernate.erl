-module(apply_hibernate).
-export([main/1, add/2, wake/1]).

%% erlang:apply/2,3 (results, errors, tail calls), yield/0, hibernate/3 and garbage_collect.

add(A, B) -> A + B.

wake(Parent) ->
    receive Msg -> Parent ! {woke, Msg} end.

main(_) ->
    process_flag(trap_exit, true),
    M = ?MODULE,
    erlang:display({apply3, erlang:apply(M, add, [1, 2]), apply(lists, reverse, [[1, 2, 3]])}),
    F = fun(X, Y) -> X * Y end,
    erlang:display({apply2, erlang:apply(F, [6, 7]), apply(fun erlang:atom_to_list/1, [abc])}),
    Errors = [fun() -> erlang:apply(F, [1]) end,
              fun() -> erlang:apply(id(not_a_fun), []) end,
              fun() -> erlang:apply(F, not_a_list) end,
              fun() -> erlang:apply(F, [1 | 2]) end,
              fun() -> erlang:apply(M, no_such_function, [1]) end,
              fun() -> erlang:apply(no_such_module_at_all, f, []) end,
              fun() -> erlang:apply("mod", f, []) end,
              fun() -> erlang:apply(M, add, improper_args()) end,
              fun() -> erlang:apply(M, add, [a, 1]) end],
    erlang:display([error_head(E) || E <- Errors]),
    %% apply in a deep loop is a tail call: no growth.
    erlang:display({count, count(100000)}),
    erlang:display({yield, erlang:yield()}),
    erlang:display({gc, garbage_collect(), garbage_collect(self()), garbage_collect(self(), [{type, minor}])}),
    erlang:display({gc_bad, catch_reason(fun() -> garbage_collect(foo) end),
                    catch_reason(fun() -> garbage_collect(self(), [bogus]) end)}),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display({gc_dead, garbage_collect(Dead)}),
    erlang:display({gc_async, garbage_collect(self(), [{async, req1}])}),
    receive {garbage_collect, req1, R} -> erlang:display({gc_async_reply, R}) end,
    %% hibernate: the process sleeps until a message, then runs M:F(A).
    Self = self(),
    H = spawn(fun() -> Self ! hibernating, erlang:hibernate(?MODULE, wake, [Self]) end),
    receive hibernating -> ok end,
    H ! hello,
    receive {woke, W} -> erlang:display({woke, W}) end,
    %% With a message already queued it goes on at once.
    H2 = spawn(fun() -> self() ! early, erlang:hibernate(?MODULE, wake, [Self]) end),
    receive {woke, W2} -> erlang:display({woke_at_once, W2}) end,
    _ = H2,
    erlang:display({hibernate_badarg, catch_reason(fun() -> erlang:hibernate(1, 2, 3) end)}),
    ok.

improper_args() -> [1 | 2].

id(X) -> X.

count(0) -> done;
count(N) -> erlang:apply(fun count/1, [N - 1]).

error_head(F) ->
    try F() of V -> {value, V}
    catch C:R:St ->
        case {R, St} of
            {badarg, [{erlang, apply, Args, _} | _]} -> {C, badarg, apply, length(Args)};
            {undef, [{Mod, Fun, Args, _} | _]} -> {C, undef, Mod, Fun, Args};
            {_, _} -> {C, R}
        end
    end.

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
