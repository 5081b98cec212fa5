%% A stream belongs to its controlling process: every call from another process raises
%% not_on_controlling_process; set_controlling_process/2 hands it over (badarg for a non-pid).
-module(zlib_process).
-export([main/1]).

try_(Name, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Name, R]).

%% Runs F in a new process and waits for its result.
elsewhere(F) ->
    Self = self(),
    Pid = spawn(fun() -> Self ! {self(), try {ok, F()} catch C:E -> {C, E} end} end),
    receive {Pid, R} -> R end.

main(_) ->
    Z = zlib:open(),
    Calls = [{open_elsewhere_ok, fun() -> is_reference(zlib:open()) end},
             {deflateInit, fun() -> zlib:deflateInit(Z) end},
             {inflateInit, fun() -> zlib:inflateInit(Z) end},
             {deflate, fun() -> zlib:deflate(Z, <<"x">>) end},
             {inflate, fun() -> zlib:inflate(Z, <<"x">>) end},
             {close, fun() -> zlib:close(Z) end},
             {getBufSize, fun() -> zlib:getBufSize(Z) end},
             {setBufSize, fun() -> zlib:setBufSize(Z, 1000) end},
             {crc32, fun() -> zlib:crc32(Z) end},
             {crc32_2, fun() -> zlib:crc32(Z, <<"abc">>) end},
             {adler32_2, fun() -> zlib:adler32(Z, <<"abc">>) end},
             {set_controlling_process, fun() -> zlib:set_controlling_process(Z, self()) end},
             {deflateEnd, fun() -> zlib:deflateEnd(Z) end},
             {inflateChunk, fun() -> zlib:inflateChunk(Z) end},
             {safeInflate, fun() -> zlib:safeInflate(Z, <<>>) end}],
    [io:format("other ~p: ~p~n", [N, elsewhere(F)]) || {N, F} <- Calls],
    ok = zlib:deflateInit(Z),
    A = zlib:deflate(Z, <<"first part, ">>),
    try_("bad pid", fun() -> zlib:set_controlling_process(Z, foo) end),
    try_("port as pid", fun() -> zlib:set_controlling_process(Z, hd(erlang:ports())) end),
    Self = self(),
    Helper = spawn(fun() ->
                           receive {go, Z1} ->
                                   B = zlib:deflate(Z1, <<"second part">>, finish),
                                   ok = zlib:set_controlling_process(Z1, Self),
                                   Self ! {done, B}
                           end
                   end),
    ok = zlib:set_controlling_process(Z, Helper),
    try_("old owner", fun() -> zlib:deflate(Z, <<"x">>) end),
    Helper ! {go, Z},
    B = receive {done, X} -> X end,
    ok = zlib:deflateEnd(Z),
    Out = iolist_to_binary([A, B]),
    io:format("~p~n", [zlib:uncompress(Out)]),
    %% a dead controller: nobody can use the stream
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, _} -> ok end,
    ok = zlib:set_controlling_process(Z, Dead),
    try_("dead owner", fun() -> zlib:close(Z) end),
    %% gzip/gunzip in other processes each get their own stream
    Rs = [elsewhere(fun() -> zlib:gunzip(zlib:gzip(integer_to_list(I))) end) || I <- lists:seq(1, 5)],
    io:format("~p~n", [Rs]).
