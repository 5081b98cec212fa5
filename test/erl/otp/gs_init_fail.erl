-module(gs_init_fail).
%% gen_server:start_link whose init/1 fails: {stop,R}, ignore, a crash, {error,R}, a bad return, a timeout; trap_exit on.
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_) ->
    process_flag(trap_exit, true),
    Cases = [{stop, my_reason}, ignore, crash, throw, exit_normal, {error, an_error}, bad_return, {slow, 500}, ok],
    lists:foreach(fun(C) ->
        Res = gen_server:start_link(?MODULE, C, [{timeout, 100}]),
        Exit = receive {'EXIT', _, Why} -> {exit_msg, Why} after 200 -> no_exit_msg end,
        ok = logger_std_h:filesync(default),
        io:format("~w: ~P~n    ~P~n~n", [C, Res, 9, Exit, 9])
    end, Cases),
    process_flag(trap_exit, false),
    R2 = gen_server:start({local, named_once}, ?MODULE, ok, []),
    R3 = gen_server:start({local, named_once}, ?MODULE, ok, []),
    io:format("start twice: ~p ~p~n", [element(1, R2), R3]),
    R4 = (catch gen_server:start(?MODULE, crash, [{timeout, bad}])),
    io:format("bad timeout option: ~P~n", [R4, 5]),
    ok.

init({stop, R}) -> {stop, R};
init(ignore) -> ignore;
init(crash) -> _ = 1 / length([]), {ok, x};
init(throw) -> throw({ok, thrown_state});
init(exit_normal) -> exit(normal);
init({error, E}) -> {error, E};
init(bad_return) -> {okay, s};
init({slow, T}) -> timer:sleep(T), {ok, slow};
init(ok) -> {ok, fine}.

handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.
