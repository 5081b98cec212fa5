-module(sup_child_crash).
%% A supervised gen_server crashing by itself (ERROR, CRASH, SUPERVISOR reports), a child failing to start, nested supervisors.
-behaviour(supervisor).
-export([main/1, init/1, handle_call/3, handle_cast/2, start_worker/1]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, top_sup}, ?MODULE, {sup, one_for_one, 1}),
    W1 = whereis(worker_w1),
    MRef = monitor(process, W1),
    gen_server:cast(worker_w1, crash),
    receive {'DOWN', MRef, process, W1, _} -> ok end,
    wait_registered(worker_w1),
    ok = logger_std_h:filesync(default),
    io:format("restarted: ~p~n", [is_pid(whereis(worker_w1)) andalso whereis(worker_w1) =/= W1]),
    io:format("call: ~p~n", [gen_server:call(worker_w1, ping)]),
    %% a temporary child is not restarted
    {ok, T} = supervisor:start_child(top_sup, #{id => temp, start => {?MODULE, start_worker, [temp_w]}, restart => temporary}),
    TRef = monitor(process, T),
    gen_server:cast(T, crash),
    receive {'DOWN', TRef, process, T, _} -> ok end,
    _ = supervisor:which_children(top_sup),
    ok = logger_std_h:filesync(default),
    io:format("children after temporary crash ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(top_sup)]]),
    %% starting a child that fails
    R = supervisor:start_child(top_sup, #{id => bad, start => {?MODULE, start_worker, [fail]}}),
    settle(),
    io:format("start_child of a failing child: ~P~n", [R, 8]),
    R2 = supervisor:start_child(top_sup, #{id => w1, start => {?MODULE, start_worker, [worker_w1]}}),
    io:format("duplicate id: ~P~n", [R2, 6]),
    io:format("terminate_child ~p~n", [supervisor:terminate_child(top_sup, w1)]),
    io:format("restart_child ~p~n", [element(1, supervisor:restart_child(top_sup, w1))]),
    io:format("delete_child running ~p~n", [supervisor:delete_child(top_sup, w1)]),
    io:format("check_childspecs ~p~n", [supervisor:check_childspecs([#{id => x, start => bad}])]),
    %% a supervisor whose child fails at startup
    Bad = supervisor:start_link(?MODULE, {sup_with_failing_child}),
    receive {'EXIT', _, _} -> ok after 100 -> ok end,
    settle(),
    io:format("start_link with failing child: ~P~n", [Bad, 10]),
    %% the top supervisor stops: children are shut down, no report for a normal shutdown
    unlink(Sup),
    SRef = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', SRef, process, Sup, Why} -> io:format("top down ~p~n", [Why]) end,
    ok = logger_std_h:filesync(default),
    ok.

%% A child that fails in init/1 acknowledges its starter before it exits and its crash report is
%% logged: nothing to wait on but time.
settle() ->
    timer:sleep(100),
    ok = logger_std_h:filesync(default).

wait_registered(Name) ->
    case whereis(Name) of
        undefined -> timer:sleep(5), wait_registered(Name);
        _ -> ok
    end.

init({sup, Strategy, Intensity}) ->
    Child = #{id => w1, start => {?MODULE, start_worker, [worker_w1]}},
    Inner = #{id => inner, start => {supervisor, start_link, [?MODULE, {inner}]}, type => supervisor},
    {ok, {#{strategy => Strategy, intensity => Intensity, period => 60}, [Child, Inner]}};
init({inner}) ->
    {ok, {#{}, [#{id => iw, start => {?MODULE, start_worker, [inner_worker]}}]}};
init({sup_with_failing_child}) ->
    {ok, {#{}, [#{id => ok_child, start => {?MODULE, start_worker, [ok_child]}},
                #{id => bad_child, start => {?MODULE, start_worker, [fail]}}]}};
init({worker, fail}) ->
    {stop, cannot_start};
init({worker, _Name}) ->
    {ok, #{}}.

start_worker(fail) -> gen_server:start_link(?MODULE, {worker, fail}, []);
start_worker(Name) -> gen_server:start_link({local, Name}, ?MODULE, {worker, Name}, []).

handle_call(ping, _From, S) -> {reply, pong, S}.
handle_cast(crash, S) -> {noreply, maps:get(missing_key, S)}.
