-module(ports_spawn).
-export([main/1]).

%% open_port({spawn, ...}) and {spawn_executable, ...}: an echo round trip through cat in line
%% mode, binaries, {packet, N}, exit_status, eof, stderr_to_stdout, args, cd and env.

main(_) ->
    P = open_port({spawn, "cat"}, [{line, 8}]),
    true = port_command(P, "hello\nlonger than eight\n"),
    erlang:display(recv(P, 4)),
    true = port_command(P, <<"bin\n">>),
    erlang:display(recv(P, 1)),
    {os_pid, OsPid} = erlang:port_info(P, os_pid),
    erlang:display(is_integer(OsPid)),
    {name, Name} = erlang:port_info(P, name),
    erlang:display(Name),
    true = port_close(P),
    erlang:display(flush()),

    B = open_port({spawn, "cat"}, [binary, {line, 100}, eof]),
    B ! {self(), {command, "as a message\npartial"}},
    erlang:display(recv(B, 1)),
    B ! {self(), close},
    erlang:display(recv(B, 1)),

    %% exit_status and eof: the status comes after all the data, then eof.
    S = open_port({spawn, "echo out; exit 3"}, [exit_status, eof, binary]),
    erlang:display(recv_all(S)),
    port_close(S),
    S2 = open_port({spawn, "sh -c 'exit 3'"}, [exit_status]),
    erlang:display(recv_all(S2)),
    %% erts runs "exec Command": a shell builtin is no program, so this is 127, not 3.
    S3 = open_port({spawn, "exit 3"}, [exit_status]),
    erlang:display(recv_all(S3)),

    %% Without eof the port closes at the end of the output: {'EXIT', Port, normal} when trapping.
    process_flag(trap_exit, true),
    N = open_port({spawn, "printf 'a\\nb'"}, [{line, 10}, exit_status]),
    erlang:display(recv_all(N)),
    erlang:display(erlang:port_info(N)),

    E = open_port({spawn_executable, "/bin/sh"},
                  [{args, ["-c", "echo $0 $1 $2 $X; pwd"]}, {arg0, "zero"},
                   {env, [{"X", "from_env"}]}, {cd, "/"}, stderr_to_stdout, exit_status, {line, 80}]),
    erlang:display(recv_all(E)),
    E2 = open_port({spawn_executable, "/bin/sh"},
                   [{args, ["-c", "echo $0 $1; echo err >&2"]}, stderr_to_stdout, exit_status, {line, 80}]),
    erlang:display(recv_all(E2)),

    K = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    true = port_command(K, <<"packet one">>),
    true = port_command(K, [<<"packet">>, " two"]),
    erlang:display(recv(K, 2)),
    port_close(K),

    erlang:display(err(fun() -> open_port({spawn_executable, "/no/such/file"}, []) end)),
    erlang:display(err(fun() -> open_port({spawn, "cat"}, [{args, ["x"]}]) end)),
    erlang:display(err(fun() -> open_port({spawn, ""}, []) end)),
    process_flag(trap_exit, false),
    erlang:display(flush()),
    ok.

recv(P, N) -> [receive {P, M} -> M after 5000 -> timeout end || _ <- lists:seq(1, N)].

%% Every message until the port has gone ({'EXIT', P, _}) or has sent eof and its exit status.
recv_all(P) ->
    receive
        {P, {exit_status, _} = M} -> [M | recv_all(P)];
        {P, eof} -> [eof | recv_all(P)];
        {P, M} -> [M | recv_all(P)];
        {'EXIT', P, R} -> [{'EXIT', R}]
    after 300 -> []
    end.

%% The mailbox, ports replaced by the atom port (their numbers differ from erts's).
flush() ->
    receive
        {'EXIT', P, R} when is_port(P) -> [{'EXIT', port, R} | flush()];
        M -> [M | flush()]
    after 0 -> []
    end.

%% How F fails, without the stack trace.
err(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:St ->
            [{M, Fn, A, _} | _] = St,
            {C, R, M, Fn, length(A)}
    end.
