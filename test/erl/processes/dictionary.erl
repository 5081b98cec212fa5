-module(dictionary).
-export([main/1]).

%% The process dictionary: =:= keys, return values, get/0 order (erts's hash table layout for
%% integer, tuple and float keys), get_keys, erase, and per-process isolation.

main(_) ->
    erlang:display({empty, get(), get_keys()}),
    erlang:display({put_new, put(1, one), put(1.0, float_one)}),
    erlang:display({exact_keys, get(1), get(1.0), get(2)}),
    erlang:display({put_old, put(1, uno)}),
    erlang:display({erase_key, erase(1), erase(1), get(1)}),
    erlang:display({get_all, get()}),
    erase(),
    %% Order of get/0 and get_keys/0 follows erts's table, through growth and shrinking.
    [put(K, K * 10) || K <- lists:seq(1, 40)],
    erlang:display({grown, get()}),
    erlang:display({keys, get_keys()}),
    [erase(K) || K <- lists:seq(1, 40), K rem 3 =/= 0],
    erlang:display({shrunk, get()}),
    [put({K}, K) || K <- [5, 17, 3, 99]],
    [put(K + 0.5, K) || K <- [1, 2, 3]],
    put(-7, negative),
    put(1 bsl 40, big_small),
    put(1 bsl 70, bignum),
    erlang:display({mixed, get()}),
    erlang:display({get_keys_value, get_keys(1)}),
    [put(K, same) || K <- [a, b, c]],
    erlang:display({get_keys_same, lists:sort(get_keys(same))}),
    All = erase(),
    erlang:display({erase_all_count, length(All), get()}),
    %% Updating a key keeps its place.
    [put(K, old) || K <- [8, 16, 24, 32]],
    put(16, new),
    erlang:display({update_keeps_order, get()}),
    erase(),
    %% Each process has its own.
    put(shared, parent),
    Self = self(),
    spawn(fun() -> Self ! {child_sees, get(shared), get()}, put(shared, child), Self ! done end),
    receive {child_sees, V, D} -> erlang:display({child, V, D}) end,
    receive done -> ok end,
    erlang:display({parent_still, get(shared)}),
    %% process_info(dictionary) and big values.
    put(list, lists:seq(1, 5)),
    {dictionary, PD} = process_info(self(), dictionary),
    erlang:display({info_dictionary, lists:sort(PD)}),
    ok.
