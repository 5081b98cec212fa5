%% Ownership: access from other processes (public/protected/private), the owner's death deleting
%% its tables, heirs inheriting them ('ETS-TRANSFER'), give_away/3, setopts/2, rename/2,
%% whereis/1, all/0 and info/1,2.
-module(ets_owner).
-export([main/1]).

t(F) -> try F() catch C:R:St -> {C, R, element(4, hd(St))} end.

in_other(F) ->
    Self = self(),
    spawn(fun() -> Self ! {done, F()} end),
    receive {done, R} -> R end.

info(T) -> [{K, V} || {K, V} <- ets:info(T), K =/= id, K =/= owner, K =/= heir].

main(_) ->
    Self = self(),
    Pub = ets:new(pub, [public]), Pro = ets:new(pro, [protected]), Pri = ets:new(pri, [private]),
    [ets:insert(T, {k, 1}) || T <- [Pub, Pro, Pri]],
    erlang:display(in_other(fun() -> [t(fun() -> ets:lookup(T, k) end) || T <- [Pub, Pro, Pri]] end)),
    erlang:display(in_other(fun() -> [t(fun() -> ets:insert(T, {k, 2}) end) || T <- [Pub, Pro, Pri]] end)),
    erlang:display(in_other(fun() -> [t(fun() -> ets:info(T, size) end) || T <- [Pub, Pro, Pri]] end)),
    erlang:display([info(T) || T <- [Pub, Pro, Pri]]),
    erlang:display([ets:info(Pub, owner) =:= Self, ets:info(Pub, heir), ets:info(Pub, id) =:= Pub, ets:info(Pub, fixed)]),
    %% the owner dies: its tables go
    Owner = spawn(fun() -> T = ets:new(gone, [named_table, public]), ets:insert(T, {x}), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    erlang:display([ets:lookup(gone, x), is_reference(ets:whereis(gone))]),
    MRef = monitor(process, Owner),
    Owner ! stop,
    receive {'DOWN', MRef, _, _, _} -> ok end,
    erlang:display([ets:info(gone), ets:whereis(gone), t(fun() -> ets:lookup(gone, x) end)]),
    %% heir
    Heir = spawn(fun() -> receive {'ETS-TRANSFER', Tab, _From, Data} -> Self ! {heir_got, Tab, Data, ets:lookup(Tab, x)}, receive stop -> ok end end end),
    Owner2 = spawn(fun() -> T = ets:new(inherited, [named_table, {heir, Heir, my_data}]), ets:insert(T, {x, 1}), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    Owner2 ! stop,
    receive {heir_got, Tab, Data, Objs} -> erlang:display([Tab, Data, Objs]) end,
    erlang:display([ets:info(inherited, owner) =:= Heir, ets:info(inherited, size)]),
    %% give_away
    Taker = spawn(fun() -> receive {'ETS-TRANSFER', Tab2, From, Gift} -> Self ! {taken, Tab2 =:= Pro, From =:= Self, Gift}, receive stop -> ok end end end),
    erlang:display(ets:give_away(Pro, Taker, gift)),
    receive {taken, A, B, G} -> erlang:display([A, B, G]) end,
    erlang:display([ets:info(Pro, owner) =:= Taker, t(fun() -> ets:insert(Pro, {z}) end), ets:lookup(Pro, k),
                    t(fun() -> ets:give_away(Pro, Self, back) end)]),
    %% setopts
    erlang:display([ets:setopts(Pub, [{heir, Heir, hd}]), ets:info(Pub, heir) =:= Heir, ets:setopts(Pub, {heir, none}),
                    ets:info(Pub, heir), ets:setopts(Pub, {protection, private}), ets:info(Pub, protection),
                    in_other(fun() -> t(fun() -> ets:lookup(Pub, k) end) end), ets:setopts(Pub, [{protection, public}])]),
    %% rename and whereis
    N = ets:new(first_name, [named_table]),
    erlang:display([N, ets:rename(first_name, second_name), ets:info(second_name, name), ets:info(first_name),
                    ets:whereis(first_name), is_reference(ets:whereis(second_name)), t(fun() -> ets:rename(second_name, inherited) end)]),
    U = ets:new(unnamed, []),
    erlang:display([is_reference(ets:rename(U, other_name)), ets:info(U, name), ets:whereis(other_name), ets:whereis(unnamed)]),
    Same = [ets:new(same, []) || _ <- [1, 2, 3]],
    erlang:display([ets:info(T, name) || T <- Same]),
    All = ets:all(),
    erlang:display([lists:member(T, All) || T <- [Pub, Pri, second_name, inherited | Same]]),
    erlang:display([lists:member(Pro, All), lists:member(gone, All)]),
    ets:delete(U),
    erlang:display([lists:member(U, ets:all()), ets:info(U)]).
