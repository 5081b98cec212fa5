-module(log_error_logger).
%% error_logger:error_msg/info_msg/warning_msg and *_report through the logger's default handler.
-export([main/1]).

main(_) ->
    error_logger:error_msg("error_msg plain~n"),
    error_logger:error_msg("error_msg ~p ~s~n", [{x, 1}, "str"]),
    error_logger:warning_msg("warning_msg ~w~n", [w]),
    error_logger:info_msg("info_msg is filtered at notice~n"),
    error_logger:error_report([{tag, value}, "a string item", plain_atom]),
    error_logger:error_report(my_type, [{k, v}]),
    error_logger:warning_report(#{map => report}),
    error_logger:info_report(filtered),
    error_logger:error_msg("bad format ~p~n", []),
    error_logger:error_report("a string report"),
    error_logger:error_report({tuple, report}),
    error_logger:error_msg("no newline at end"),
    sync(),
    ok = logger:set_primary_config(level, info),
    error_logger:info_msg("info_msg after raising ~w~n", [level]),
    error_logger:info_report([{progress, shown}]),
    error_logger:info_report(progress, [{type, progress}]),
    sync(),
    io:format("warning_map ~p~n", [error_logger:warning_map()]),
    io:format("done~n"),
    ok.

%% The default handler writes on its own process: wait until it has written all that was logged.
sync() -> ok = logger_std_h:filesync(default).
