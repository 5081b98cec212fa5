%% persistent_term: put/get/erase with keys compared by =:= (1 and 1.0 are two keys), get/2's
%% default, the badarg of get/1 on a missing key (with its error_info), puts of an equal value,
%% and info/0's count as it grows and shrinks (erts's own entries from boot are counted apart).
-module(unicode_pterm).
-export([main/1]).

main(_) ->
    #{count := Base} = persistent_term:info(),
    Keys = [1, 1.0, {k, 1}, {k, 1.0}, "key", <<"key">>, [1 | 2], {}, make_ref, {unicode_pterm, x}],
    [persistent_term:put(K, {value, K}) || K <- Keys],
    erlang:display([persistent_term:get(K) || K <- Keys]),
    #{count := C1} = persistent_term:info(),
    erlang:display(C1 - Base),
    erlang:display(persistent_term:put(1, {value, 1})),
    erlang:display(persistent_term:put(1, other)),
    erlang:display({persistent_term:get(1), persistent_term:get(1.0)}),
    erlang:display(persistent_term:get(missing, default)),
    erlang:display(try persistent_term:get({no, such, key}) catch C:R:S -> {C, R, hd(S)} end),
    erlang:display([persistent_term:erase(K) || K <- [1.0, 1.0, {k, 1}, nothing]]),
    erlang:display(persistent_term:get(1.0, gone)),
    Mine = [{K, V} || {K, V} <- persistent_term:get(), lists:member(K, Keys)],
    erlang:display(lists:sort(Mine)),
    [persistent_term:put({many, I}, I * I) || I <- lists:seq(1, 500)],
    #{count := C2} = persistent_term:info(),
    erlang:display(C2 - Base),
    erlang:display(lists:sum([persistent_term:get({many, I}) || I <- lists:seq(1, 500)])),
    [persistent_term:erase({many, I}) || I <- lists:seq(1, 500)],
    [persistent_term:erase(K) || K <- Keys],
    #{count := C3} = persistent_term:info(),
    erlang:display(C3 - Base),
    %% a process reads what another one put
    Self = self(),
    spawn(fun() -> persistent_term:put(shared, [self()]), Self ! done end),
    receive done -> ok end,
    erlang:display(is_pid(hd(persistent_term:get(shared)))).
