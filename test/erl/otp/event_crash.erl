-module(event_crash).
%% gen_event: a handler crashing in handle_event is removed with a "** gen_event handler ... crashed" report; supervised handlers; manager stop.
-behaviour(gen_event).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

main(_) ->
    {ok, M} = gen_event:start({local, evmgr}),
    ok = gen_event:add_handler(evmgr, {?MODULE, one}, one),
    ok = gen_event:add_handler(evmgr, {?MODULE, two}, two),
    io:format("handlers ~p~n", [lists:sort(gen_event:which_handlers(evmgr))]),
    ok = gen_event:notify(evmgr, hello),
    ok = gen_event:sync_notify(evmgr, {crash, one}),
    ok = logger_std_h:filesync(default),
    io:format("handlers after crash ~p~n", [gen_event:which_handlers(evmgr)]),
    io:format("call ~p~n", [gen_event:call(evmgr, {?MODULE, two}, count)]),
    io:format("call removed ~p~n", [gen_event:call(evmgr, {?MODULE, one}, count)]),
    io:format("call crash ~P~n", [gen_event:call(evmgr, {?MODULE, two}, crash), 8]),
    ok = logger_std_h:filesync(default),
    io:format("handlers ~p~n", [gen_event:which_handlers(evmgr)]),
    ok = gen_event:add_sup_handler(evmgr, {?MODULE, sup}, sup),
    ok = gen_event:sync_notify(evmgr, {crash, sup}),
    receive {gen_event_EXIT, H, Reason} -> io:format("gen_event_EXIT ~p ~P~n", [H, Reason, 6]) after 1000 -> io:format("no gen_event_EXIT~n") end,
    ok = logger_std_h:filesync(default),
    ok = gen_event:add_handler(evmgr, {?MODULE, bad_init}, bad_init) =:= ok orelse io:format("add bad_init ~p~n", [gen_event:add_handler(evmgr, {?MODULE, bad_init2}, bad_init)]),
    io:format("add crashing init ~P~n", [gen_event:add_handler(evmgr, {?MODULE, crash_init}, crash_init), 6]),
    ok = gen_event:add_handler(evmgr, {?MODULE, three}, three),
    io:format("delete ~p~n", [gen_event:delete_handler(evmgr, {?MODULE, three}, bye)]),
    io:format("delete missing ~p~n", [gen_event:delete_handler(evmgr, {?MODULE, three}, bye)]),
    ok = gen_event:add_handler(evmgr, {?MODULE, four}, four),
    Ref = monitor(process, M),
    gen_event:stop(evmgr),
    receive {'DOWN', Ref, process, M, Why} -> io:format("manager down ~p~n", [Why]) end,
    ok = logger_std_h:filesync(default),
    ok.

init(bad_init) -> {error, refused};
init(crash_init) -> error(init_crashed);
init(Name) -> {ok, #{name => Name, count => 0}}.

handle_event({crash, Name}, #{name := Name}) -> error({handler_crash, Name});
handle_event(_, S = #{count := C}) -> {ok, S#{count := C + 1}}.

handle_call(count, S = #{count := C}) -> {ok, C, S};
handle_call(crash, _S) -> exit(call_crash).

handle_info(_, S) -> {ok, S}.

terminate(Arg, #{name := Name}) -> io:format("terminate ~p with ~P~n", [Name, Arg, 5]);
terminate(Arg, Other) -> io:format("terminate other ~P with ~P~n", [Other, 4, Arg, 5]).
