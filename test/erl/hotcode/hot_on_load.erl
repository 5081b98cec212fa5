%% -on_load: the function runs when the module is first called, before the call completes.
%% A refused on_load is reported by a process code_server spawns; the report reaches this
%% module's own logger handler, which hands it to main, so the output does not depend on
%% when that process runs.
-module(hot_on_load).
-on_load(init/0).
-export([main/1, value/0, log/2]).
init() -> erlang:display(on_load_ran), persistent_term:put(hot_on_load_flag, set), ok.
value() -> persistent_term:get(hot_on_load_flag, unset).

log(Event, #{config := #{to := Pid}}) ->
    Text = logger_formatter:format(Event, #{legacy_header => true, single_line => false}),
    Pid ! {report, Text}.

main(_) ->
    ok = logger:remove_handler(default),
    ok = logger:add_handler(to_main, ?MODULE, #{config => #{to => self()}}),
    erlang:display(value()),
    erlang:display(code:is_loaded(hot_on_load) =/= false),
    erlang:display(element(1, catch hot_on_load_bad:f())),
    erlang:display(code:is_loaded(hot_on_load_bad)),
    receive {report, Text} -> io:put_chars(Text) after 60000 -> erlang:display(no_report) end.
