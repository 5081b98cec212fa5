-module(spawn_request).
-export([main/1, child/1]).

%% erlang:spawn_request/1-5 on this node (erts_internal:spawn_request/4): the request id, the
%% spawn_reply sent at once (or not, by {reply, ...}), reply_tag, link and monitor (the monitor's
%% reference is the request id), options erts rejects (an error reply, or badarg with cause badopt
%% for a list that is not one), bad module/function/arguments, spawn_request_abandon.
%% References and pids are printed as atoms: their printed widths differ between runs.
main(_) ->
    %% The undef child's crash report would come at a time of the logger's choosing.
    logger:set_primary_config(level, none),
    t("fun", fun() -> spawn_request(fun() -> ok end) end),
    t("improper", fun() -> spawn_request(?MODULE, child, [a | b], []) end),
    t("bogus", fun() -> spawn_request(?MODULE, child, [x], [bogus]) end),
    t("opts not a list", fun() -> spawn_request(?MODULE, child, [x], foo) end),
    t("reply maybe", fun() -> spawn_request(?MODULE, child, [x], [{reply, maybe}]) end),
    t("error_only bad", fun() -> spawn_request(?MODULE, child, [x], [{reply, error_only}, bogus]) end),
    t("success_only bad", fun() -> spawn_request(?MODULE, child, [x], [{reply, success_only}, bogus]) end),
    t("bad then no", fun() -> spawn_request(?MODULE, child, [x], [bogus, {reply, no}]) end),
    t("success_only ok", fun() -> spawn_request(?MODULE, child, [x], [{reply, success_only}]) end),
    t("error_only ok", fun() -> spawn_request(?MODULE, child, [x], [{reply, error_only}]) end),
    t("priority", fun() -> spawn_request(?MODULE, child, [x], [{priority, high}]) end),
    t("bad priority", fun() -> spawn_request(?MODULE, child, [x], [{priority, huge}]) end),
    t("fun arity", fun() -> spawn_request(fun(_) -> ok end) end),
    t("node fun", fun() -> spawn_request(node(), fun() -> ok end) end),
    t("node mfa", fun() -> spawn_request(node(), ?MODULE, child, [x], [monitor]) end, 'DOWN'),
    t("tag", fun() -> spawn_request(?MODULE, child, [x], [{reply_tag, {my, tag}}, {reply, yes}]) end),
    t("link monitor", fun() -> spawn_request(?MODULE, child, [x], [link, monitor]) end, 'DOWN'),
    t("tagged monitor", fun() -> spawn_request(fun() -> exit(bye) end, [{monitor, [{tag, down_tag}]}]) end, down_tag),
    t("undef", fun() -> spawn_request(?MODULE, nofun, [], [monitor]) end, 'DOWN'),
    t("bad module", fun() -> spawn_request(1, child, [], []) end),
    t("abandon", fun() -> spawn_request_abandon(spawn_request(?MODULE, child, [x], [])) end),
    t("abandon unknown", fun() -> spawn_request_abandon(make_ref()) end),
    t("abandon not a ref", fun() -> spawn_request_abandon(1) end),
    R = spawn_request(fun() -> ok end),
    io:format("immediate: ~p~n", [receive {spawn_reply, R, ok, P} when is_pid(P) -> yes after 0 -> no end]).

child(x) -> ok.

t(Name, F) -> t(Name, F, none).

%% The spawn reply is there at once; with a monitor, the DOWN (tagged DownTag) is waited for.
t(Name, F, DownTag) ->
    R = (catch F()),
    Down = case DownTag of
               none -> [];
               _ -> receive {DownTag, R, _, _, _} = D -> [D] end
           end,
    Msgs = drain() ++ Down,
    io:format("~s: ~p~n  ~p~n", [Name, shape(R, R), [shape(M, R) || M <- Msgs]]).

drain() -> receive M -> [M | drain()] after 0 -> [] end.

shape(R, R) when is_reference(R) -> req_id;
shape(T, R) when is_tuple(T) -> list_to_tuple([shape(X, R) || X <- tuple_to_list(T)]);
shape([H | T], R) -> [shape(H, R) | shape(T, R)];
shape(X, _) when is_reference(X) -> a_ref;
shape(P, _) when is_pid(P) -> pid;
shape(F, _) when is_function(F) -> a_fun;
shape(X, _) -> X.
