-module(proc_reports).
%% What the emulator itself does and reports: max_heap_size exceeded (kill or not), "Error in process" for odd reasons, process_info stack traces of other processes.
-export([main/1, waiter/0]).

main(_) ->
    %% bounded growth (about 30,000 words, far past 2,000): killed on erts; survives if the limit is not enforced
    wait(spawn_opt(fun() -> grow(300, []) end, [monitor, {max_heap_size, #{size => 2000, kill => true, error_logger => false}}])),
    wait(spawn_opt(fun() -> grow(300, []) end, [monitor, {max_heap_size, #{size => 2000, kill => false, error_logger => false}}])),
    wait(spawn_monitor(fun() -> exit(lists:seq(1, 100)) end)),
    wait(spawn_monitor(fun() -> error(<<"binary reason">>) end)),
    wait(spawn_monitor(fun() -> error({[955], "ü", self_pid_placeholder}) end)),
    wait(spawn_monitor(fun() -> register(named_crasher, self()), error(named) end)),
    wait(spawn_monitor(fun() -> erlang:raise(exit, raised_exit, []) end)),
    wait(spawn_monitor(fun() -> erlang:raise(throw, raised_throw, []) end)),
    W = spawn(?MODULE, waiter, []),
    timer:sleep(20),
    io:format("other's current_function ~p~n", [process_info(W, current_function)]),
    io:format("other's current_location ~p~n", [process_info(W, current_location)]),
    io:format("other's current_stacktrace ~p~n", [process_info(W, current_stacktrace)]),
    io:format("own current_location ~p~n", [process_info(self(), current_location)]),
    io:format("own current_stacktrace ~p~n", [process_info(self(), current_stacktrace)]),
    exit(W, kill),
    ok.

waiter() -> inner_wait(), ok.
inner_wait() -> receive never -> ok end, ok.

grow(0, Acc) -> exit({survived, length(Acc)});
grow(N, Acc) -> grow(N - 1, [lists:seq(1, 100) | Acc]).

wait({Pid, Ref}) ->
    receive {'DOWN', Ref, process, Pid, Why} -> report(Why) end;
wait(Pid) ->
    receive {'DOWN', _, process, Pid, Why} -> report(Why) end.

report(Why) ->
    timer:sleep(50),
    ok = logger_std_h:filesync(default),
    io:format("-- down ~P~n", [Why, 4]).
