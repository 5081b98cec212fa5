-module(ports_fd_input).
-export([main/1]).

%% An fd port reading fd 0: the test harness runs programs with stdin on /dev/null, so input
%% ends at once: {Port, eof} with the eof option, else the port closes with reason normal.
%% Then a port reading a file descriptor of a spawned writer ({fd, 0, 1} is the only pair a
%% program can count on, so the rest goes through a spawned cat).

main(_) ->
    process_flag(trap_exit, true),
    P = open_port({fd, 0, 1}, [in, eof, binary]),
    erlang:display(receive {P, M} -> M after 2000 -> timeout end),
    erlang:display(is_list(erlang:port_info(P))),
    port_close(P),
    erlang:display(receive {'EXIT', P, R} -> {exit, R} after 2000 -> timeout end),
    Q = open_port({fd, 0, 1}, [in]),
    erlang:display(receive {'EXIT', Q, R2} -> {exit, R2}; {Q, M2} -> M2 after 2000 -> timeout end),
    erlang:display(erlang:port_info(Q)),
    %% Large input arrives whole, in order, whatever the chunks.
    C = open_port({spawn, "head -c 300000 /dev/zero | tr '\\0' 'x'"}, [binary, exit_status]),
    erlang:display(total(C, 0)),
    erlang:display(receive Other -> Other after 200 -> empty end),
    ok.

total(C, N) ->
    receive
        {C, {data, B}} -> total(C, N + byte_size(B));
        {C, {exit_status, S}} -> {N, S, receive {'EXIT', C, R} -> R after 2000 -> timeout end}
    end.
