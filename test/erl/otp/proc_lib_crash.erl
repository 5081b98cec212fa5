-module(proc_lib_crash).
%% proc_lib:spawn/spawn_link crash reports (error, exit, throw, nested ancestors, linked neighbours), and plain spawn's "Error in process".
-export([main/1, worker/1, linked_pair/0]).

main(_) ->
    wait(proc_lib:spawn(?MODULE, worker, [error])),
    wait(proc_lib:spawn(?MODULE, worker, [exit])),
    wait(proc_lib:spawn(?MODULE, worker, [throw])),
    wait(proc_lib:spawn(?MODULE, worker, [normal])),
    wait(proc_lib:spawn(?MODULE, worker, [shutdown])),
    wait(proc_lib:spawn(?MODULE, worker, [{shutdown, x}])),
    wait(proc_lib:spawn(?MODULE, worker, [with_dictionary])),
    wait(proc_lib:spawn(?MODULE, worker, [with_messages])),
    wait(proc_lib:spawn(fun() -> error(from_fun) end)),
    wait(proc_lib:spawn(?MODULE, linked_pair, [])),
    wait(spawn(?MODULE, worker, [error])),
    wait(spawn(?MODULE, worker, [exit])),
    wait(spawn(?MODULE, worker, [throw])),
    wait(spawn(fun() -> erlang:raise(error, {raised, "detail"}, [{m, f, 1, [{file, "m.erl"}, {line, 9}]}]) end)),
    io:format("translate ~p~n", [proc_lib:translate_initial_call(self())]),
    P = proc_lib:spawn(fun() -> receive _ -> ok end end),
    io:format("initial_call ~p~n", [proc_lib:initial_call(P)]),
    io:format("translate ~p~n", [proc_lib:translate_initial_call(P)]),
    P ! go,
    ok.

wait(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Why} -> ok end,
    %% the crash report is logged before the process exits; the emulator's "Error in process" just after
    timer:sleep(50),
    ok = logger_std_h:filesync(default),
    io:format("-- down ~P~n", [Why, 5]).

worker(error) -> [] = lists:seq(1, 3);
worker(exit) -> exit({my_exit, [1, 2]});
worker(throw) -> throw(not_caught);
worker(normal) -> exit(normal);
worker(shutdown) -> exit(shutdown);
worker({shutdown, X}) -> exit({shutdown, X});
worker(with_dictionary) -> put(key, value), put(other, [1, 2]), error(dict);
worker(with_messages) -> self() ! hello, self() ! {two, 2}, error(msgs).

linked_pair() ->
    proc_lib:spawn_link(fun() -> receive never -> ok end end),
    timer:sleep(10),
    error(with_neighbour).
