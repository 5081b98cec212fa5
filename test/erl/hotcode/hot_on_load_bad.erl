%% Helper of hot_on_load: an on_load function that fails, so the module is not loaded.
-module(hot_on_load_bad).
-on_load(init/0).
-export([f/0, main/1]).
init() -> erlang:display(bad_on_load_ran), {error, refused}.
f() -> loaded_anyway.
main(_) -> ok.
