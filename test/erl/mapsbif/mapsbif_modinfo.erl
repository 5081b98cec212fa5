%% module_info/0,1 (erlang:get_module_info/1,2) of this module and of lists; module_loaded/1,
%% loaded/0, pre_loaded/0, check_old_code/1 and their errors. The runner names main/1 before
%% loading the module on one side only, so main/1 is left out where the export order shows.
-module(mapsbif_modinfo).
-export([main/1, b/0, a/1, c/2, later/0]).
-vsn(42).
-author(beamjs).
-custom_attr({x, [1, 2]}).

a(X) -> X.
b() -> fun ?MODULE:later/0.
c(X, Y) -> fun(Z) -> {X, Y, Z} end.
later() -> ok.
unused_local(X) -> X + 1.

err(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    Info = module_info(),
    erlang:display([case I of {exports, E} -> {exports, lists:delete({main, 1}, E)}; _ -> I end || I <- Info]),
    erlang:display(Info =:= erlang:get_module_info(?MODULE)),
    erlang:display([module_info(I) || I <- [module, attributes, compile, md5, functions, nifs, native, native_addresses]]),
    erlang:display(lists:sort(module_info(exports))),
    erlang:display({unused_local(1), c(1, 2)}),
    erlang:display([lists:module_info(I) || I <- [module, md5, functions, attributes, compile, nifs]]),
    erlang:display(lists:sort(lists:module_info(exports))),
    erlang:display([erlang:module_loaded(M) || M <- [?MODULE, lists, mapsbif_never_loaded]]),
    erlang:display([lists:member(M, erlang:loaded()) || M <- [?MODULE, lists, mapsbif_never_loaded]]),
    erlang:display(erlang:pre_loaded()),
    erlang:display([erlang:check_old_code(M) || M <- [?MODULE, lists, mapsbif_never_loaded]]),
    erlang:display(err(fun() -> ?MODULE:module_info(no_such_item) end)),
    erlang:display(err(fun() -> erlang:get_module_info(mapsbif_never_loaded) end)),
    erlang:display(err(fun() -> erlang:get_module_info(mapsbif_never_loaded, md5) end)),
    erlang:display(err(fun() -> erlang:get_module_info("lists", md5) end)),
    erlang:display(err(fun() -> erlang:module_loaded({lists}) end)),
    erlang:display(err(fun() -> erlang:check_old_code(1) end)).
