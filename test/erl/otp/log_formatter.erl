-module(log_formatter).
%% The default handler's formatter reconfigured: single_line, depth, chars_limit, max_size, a template without time, report_cb, a custom handler.
-export([main/1, log/2, report_cb/1]).

main(_) ->
    Big = #{list => lists:seq(1, 40), nested => {a, {b, {c, {d, {e}}}}}, text => "some text"},
    set(#{single_line => true, legacy_header => true}),
    emit(Big),
    set(#{single_line => false, legacy_header => false, template => [level, ": ", msg, "\n"]}),
    emit(Big),
    set(#{template => [level, " ", {mymeta, ["mymeta=", mymeta], ["no mymeta"]}, " ", msg, "\n"], single_line => true}),
    logger:error("with meta", #{mymeta => 7}),
    logger:error("without meta"),
    set(#{template => [msg, "\n"], depth => 3}),
    emit(Big),
    set(#{template => [msg, "\n"], chars_limit => 40}),
    emit(Big),
    set(#{template => [msg, "\n"], max_size => 30}),
    emit(Big),
    set(#{template => [msg, "\n"], single_line => true}),
    logger:error(#{data => Big}, #{report_cb => fun ?MODULE:report_cb/1}),
    logger:error(#{data => 1}, #{report_cb => fun(R, Cfg) -> io_lib:format("report_cb/2 ~p ~p", [R, maps:get(single_line, Cfg)]) end}),
    logger:error([{a, 1}, {b, "two"}]),
    logger:error("unicode ~ts", [[955, 956]]),
    logger:error("multi\nline\nmessage"),
    set(#{template => [msg, "\n"], single_line => false}),
    logger:error("multi\nline\nmessage"),
    logger:error([{a, 1}, {b, "two"}]),
    sync(),
    ok = logger:add_handler(mine, ?MODULE, #{config => #{tag => custom}, level => warning}),
    logger:warning("to both handlers ~w", [1]),
    logger:notice("notice: default only"),
    sync(),
    ok = logger:remove_handler(default),
    logger:error("only the custom handler"),
    io:format("handlers ~p~n", [lists:sort(logger:get_handler_ids())]),
    io:format("add again ~p~n", [logger:add_handler(mine, ?MODULE, #{})]),
    io:format("add bad ~p~n", [logger:add_handler(bad, no_such_module_xyz, #{})]),
    io:format("bad formatter ~p~n", [logger:set_handler_config(mine, formatter, {logger_formatter, #{depth => bad}})]),
    ok.

set(FConfig) ->
    sync(),
    ok = logger:set_handler_config(default, formatter, {logger_formatter, FConfig}).

emit(Big) ->
    logger:error("format ~p", [Big]),
    logger:error(Big),
    logger:warning("a long format string ~s ~w", [lists:duplicate(60, $x), lists:seq(1, 30)]),
    sync().

sync() -> ok = logger_std_h:filesync(default).

report_cb(#{data := D}) -> {"report_cb/1 got ~w keys", [maps:size(D)]}.

%% A logger handler: prints what it is given, synchronously, through io:format.
log(#{level := L, msg := Msg}, #{config := #{tag := Tag}}) ->
    io:format("[~p ~p] ~p~n", [Tag, L, Msg]).
