-module(preloaded_kept).
%% With a zlib.beam in a -pa directory (zlib.erl beside this program), the preloaded zlib is still
%% the one loaded: code:which/1 says preloaded and the fake's main/1 is not there.
-export([main/1]).
main(_) ->
    io:format("~p~n", [code:which(zlib)]),
    io:format("~p~n", [code:is_loaded(zlib)]),
    io:format("~p~n", [erlang:function_exported(zlib, main, 1)]),
    io:format("~p~n", [lists:member({open, 0}, zlib:module_info(exports))]),
    io:format("~p~n", [filename:basename(code:where_is_file("zlib.beam"))]).
