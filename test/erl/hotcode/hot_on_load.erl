%% -on_load: the function runs when the module is first called, before the call completes.
-module(hot_on_load).
-on_load(init/0).
-export([main/1, value/0]).
init() -> erlang:display(on_load_ran), persistent_term:put(hot_on_load_flag, set), ok.
value() -> persistent_term:get(hot_on_load_flag, unset).
main(_) ->
    erlang:display(value()),
    erlang:display(code:is_loaded(hot_on_load) =/= false),
    erlang:display(element(1, catch hot_on_load_bad:f())),
    %% code_server reports the refused on_load through the logger; give it time to print.
    timer:sleep(300).
