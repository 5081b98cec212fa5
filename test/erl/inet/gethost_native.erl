-module(gethost_native).
-export([main/1]).
%% Name and address lookups the `native` way, through inet_gethost_native and erts's
%% inet_gethost port program (in-process on beamjs). Only names the hosts file answers:
%% a DNS query would make the result depend on the network.
main(_) ->
    {ok, Host} = inet:gethostname(),
    Names = ["localhost", "LocalHost", Host, "127.0.0.1", "::1", "::ffff:127.0.0.1", "0.0.0.0"],
    [io:format("~p ~p: ~p~n", [N, F, inet_gethost_native:gethostbyname(N, F)])
     || N <- Names, F <- [inet, inet6]],
    io:format("~p~n", [inet_gethost_native:gethostbyaddr({127,0,0,1})]),
    io:format("~p~n", [inet_gethost_native:gethostbyname(bad, inet)]),
    io:format("~p~n", [inet:gethostbyname("localhost")]),
    io:format("~p~n", [inet:getaddr("localhost", inet)]),
    io:format("~p~n", [whereis(inet_gethost_native) =/= undefined]).
