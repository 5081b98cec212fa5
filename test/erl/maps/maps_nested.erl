%% Nested maps: updates through several levels, matching nested patterns, maps as keys and values.
-module(maps_nested).
-export([main/1, id/1]).

id(X) -> X.

deep(0) -> leaf;
deep(N) -> #{level => N, child => deep(N - 1)}.

depth(#{child := C}) -> 1 + depth(C);
depth(leaf) -> 0.

update_in([K], F, M) -> M#{K => F(maps:get(K, M, undefined))};
update_in([K | Ks], F, M) -> M#{K => update_in(Ks, F, maps:get(K, M, #{}))}.

main(_) ->
    Cfg = ?MODULE:id(#{db => #{host => "h", port => 5432, opts => #{ssl => false}}, web => #{port => 80}}),
    #{db := #{opts := #{ssl := Ssl}, port := Port}} = Cfg,
    erlang:display({Ssl, Port}),
    Cfg2 = Cfg#{db := (maps:get(db, Cfg))#{opts := #{ssl => true, ca => "x"}}},
    erlang:display(Cfg2),
    erlang:display(update_in([a, b, c], fun(undefined) -> 1; (N) -> N + 1 end, ?MODULE:id(#{}))),
    erlang:display(update_in([db, port], fun(P) -> P + 1 end, Cfg)),
    D = deep(?MODULE:id(1000)),
    erlang:display(depth(D)),
    MK = ?MODULE:id(#{#{a => 1} => one, #{a => 1.0} => onef, #{} => empty, #{b => #{c => d}} => nested}),
    erlang:display(MK),
    erlang:display([maps:get(#{a => 1}, MK), maps:get(#{a => 1.0}, MK), maps:get(#{}, MK), maps:find(#{b => #{c => d}}, MK)]),
    erlang:display(maps:get(?MODULE:id(#{b => #{c => d}}), MK)),
    Big = maps:from_list([{maps:from_list([{J, J} || J <- lists:seq(1, I)]), I} || I <- lists:seq(1, 40)]),
    erlang:display({map_size(Big), maps:get(maps:from_list([{J, J} || J <- lists:seq(1, 35)]), Big)}),
    erlang:display(maps:values(Big)),
    erlang:display(maps:merge(#{a => #{x => 1}}, #{a => #{y => 2}})),
    erlang:display(maps:merge_with(fun(_K, A, B) -> maps:merge(A, B) end, #{a => #{x => 1}}, #{a => #{y => 2}})).
