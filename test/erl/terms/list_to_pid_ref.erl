%% list_to_pid/1 and list_to_ref/1: what they accept (leading zeros, numbers read modulo 2^64),
%% where they give badarg, and that what they make prints, compares and encodes as erts's.
%% Pids and refs are shown through term_to_binary, since the test harness normalises their text.
-module(list_to_pid_ref).
-export([main/1]).

show(F, S) ->
    try F(S) of
        X -> {S, binary_to_list(term_to_binary(X)), X =:= F(S)}
    catch
        C:R:St -> {S, C, R, hd(St)}
    end.

pid(S) -> list_to_pid(S).
ref(S) -> list_to_ref(S).

main(_) ->
    Pids = ["<0.4.0>", "<0.0.0>", "<0.32767.8191>", "<0.32768.0>", "<0.1.8192>", "<1.2.3>",
            "<0.01.0>", "<00.1.00>", "< 0.1.0>", "<0.1.0> ", "<0.1.0", "<0.1>", "<0.1.0.0>",
            "<-0.1.0>", "<0.-1.0>", "<0.+1.0>", "", "<>", "<..>", "<0..0>", "<0.1.0>x",
            [$<, $0, $., 256, $., $0, $>], "<0.9999999999999999999.0>",
            "<0.18446744073709551616.0>", "<0.1.18446744073709551617>", "<18446744073709551616.1.0>",
            <<"<0.1.0>">>, bad, [$<, $0, $., $1, $., $0, $> | improper], 'a'],
    [erlang:display(show(fun pid/1, S)) || S <- Pids],
    Refs = ["#Ref<0.1.1.3>", "#Ref<0.1.0.2>", "#Ref<0.0.0.0>", "#Ref<0.4294967295.4294901761.262143>",
            "#Ref<0.4294967296.0.0>", "#Ref<0.0.4294967296.0>", "#Ref<0.0.0.262144>",
            "#Ref<0.0.65535.0>", "#Ref<0.0.3000.0>", "#Ref<0.0.65536.0>", "#Ref<0.0.131072.0>",
            "#Ref<0.01.00.3>", "#Ref<0.0.0.18446744073709551616>", "#Ref<18446744073709551616.0.0.1>",
            "#Ref<0.1.2>", "#Ref<0.1>", "#Ref<0>", "#Ref<0.1.1.3.4>", "#Ref<0.1.1.3.4.5>",
            "#Ref<1.1.1.3>", "#Ref<0.1.1.3>x", "#ref<0.1.1.3>", "Ref<0.1.1.3>", "#Ref<>",
            "#Ref<0..1.3>", "#Ref<0.1.1.3", <<"#Ref<0.1.1.3>">>, x],
    [erlang:display(show(fun ref/1, S)) || S <- Refs],
    %% round trips of live identifiers
    R = make_ref(),
    erlang:display(list_to_ref(ref_to_list(R)) =:= R),
    erlang:display(list_to_pid(pid_to_list(self())) =:= self()),
    A = atomics:new(2, []),
    atomics:put(A, 2, 77),
    A2 = list_to_ref(ref_to_list(A)),
    erlang:display({A2 =:= A, atomics:get(A2, 2)}),
    C = counters:new(1, [write_concurrency]),
    C2 = {write_concurrency, list_to_ref(ref_to_list(element(2, C)))},
    counters:add(C2, 1, 5),
    erlang:display(counters:get(C, 1)),
    ok.
