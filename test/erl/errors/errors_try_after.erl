%% try/catch/after: which handler runs, in which order the after blocks run, and what the after block's own exception does.
-module(errors_try_after).
-export([main/1, id/1]).

id(X) -> X.

log(X) -> erlang:display(X).

nested(Kind) ->
    try
        try
            log({inner_body, Kind}),
            case Kind of
                ok -> inner_value;
                throw -> throw(t);
                error -> error(e);
                exit -> exit(x)
            end
        catch
            throw:T -> log({inner_caught, T}), {from_inner_catch, T}
        after
            log(inner_after)
        end
    of
        V -> log({outer_of, V}), V
    catch
        C:R -> log({outer_caught, C, R}), {outer, C, R}
    after
        log(outer_after)
    end.

main(_) ->
    lists:foreach(fun(K) -> log({result, nested(?MODULE:id(K))}) end, [ok, throw, error, exit]),
    R1 = try
             try throw(first) after throw(from_after) end
         catch
             C1:E1 -> {C1, E1}
         end,
    log(R1),
    R2 = try
             try ?MODULE:id(value) after log(after_on_success) end
         of
             V -> {of_clause, V}
         catch
             _:_ -> nope
         end,
    log(R2),
    R3 = try
             try ?MODULE:id(1) of
                 1 -> throw(in_of_clause)
             catch
                 throw:_ -> caught_by_same_try
             end
         catch
             throw:X -> {caught_outside, X}
         end,
    log(R3),
    R4 = try
             try error(orig) catch error:orig -> throw(rethrown) after log(after_of_rethrow) end
         catch
             throw:rethrown -> rethrow_seen
         end,
    log(R4),
    R5 = (fun() -> try return_value after log(after_runs_before_return) end end)(),
    log(R5),
    R6 = try ok after ok end,
    log(R6),
    R7 = try throw(a) catch throw:a -> try throw(b) catch throw:b -> inner_b end end,
    log(R7),
    R8 = lists:foldl(fun(I, Acc) -> try 0 = I rem 2, [I | Acc] catch error:{badmatch, _} -> Acc after ok end end, [], lists:seq(1, 10)),
    log(R8),
    R9 = try catch_returns(throw) catch _:_ -> no end,
    log(R9),
    log(catch deep_after(?MODULE:id(5))).

catch_returns(How) -> catch (case How of throw -> throw(thrown_value); _ -> ok end).

deep_after(0) -> throw(bottom);
deep_after(N) ->
    try deep_after(N - 1) after log({unwinding, N}) end.
