-module(app_crash).
%% An application loaded from a spec tuple: start, its top supervisor crashing (the "application: exited" report), permanent vs temporary, stop.
-behaviour(application).
-behaviour(supervisor).
-export([main/1, start/2, stop/1, init/1]).

main(_) ->
    ok = application:load({application, demo_app, [{description, "demo"}, {vsn, "1.0"}, {modules, [?MODULE]},
                                                   {registered, []}, {applications, [kernel, stdlib]},
                                                   {mod, {?MODULE, []}}, {env, [{key, value}]}]}),
    show(loaded, lists:keyfind(demo_app, 1, application:loaded_applications())),
    show(env, application:get_env(demo_app, key)),
    show(start, application:start(demo_app)),
    show(start_again, application:start(demo_app)),
    show(running, lists:keymember(demo_app, 1, application:which_applications())),
    show(get_application, rpc_app()),
    Sup = whereis(demo_app_sup),
    Ref = monitor(process, Sup),
    exit(Sup, kill),
    receive {'DOWN', Ref, process, Sup, _} -> ok end,
    wait_not_running(demo_app),
    ok = logger_std_h:filesync(default),
    show(running_after_kill, lists:keymember(demo_app, 1, application:which_applications())),
    show(start_after_kill, application:start(demo_app)),
    show(stop, application:stop(demo_app)),
    ok = logger_std_h:filesync(default),
    show(stop_again, application:stop(demo_app)),
    show(unload, application:unload(demo_app)),
    show(start_unknown, application:start(no_such_app_here)),
    ok = application:load({application, failing_app, [{mod, {?MODULE, fail}}, {applications, [kernel]}]}),
    Failed = application:start(failing_app),
    ok = logger_std_h:filesync(default),
    show(start_failing, Failed),
    ok = application:load({application, needs_missing, [{applications, [kernel, missing_dep]}]}),
    show(start_missing_dep, application:start(needs_missing)),
    show(ensure_all_started, application:ensure_all_started(needs_missing)),
    ok.

rpc_app() ->
    {ok, App} = application:get_application(whereis(demo_app_sup)),
    App.

wait_not_running(App) ->
    case lists:keymember(App, 1, application:which_applications()) of
        true -> timer:sleep(5), wait_not_running(App);
        false -> ok
    end.

start(_Type, fail) -> {error, refused_to_start};
start(_Type, []) -> supervisor:start_link({local, demo_app_sup}, ?MODULE, []).

stop(_State) -> io:format("stop callback~n").

init([]) -> {ok, {#{}, []}}.

show(What, R) -> io:format("~p: ~p~n", [What, R]).
