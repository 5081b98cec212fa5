-module(ports_owner).
-export([main/1]).

%% A port's life tied to processes: closed when its owner dies (whatever the reason), the exit
%% signal of a closing port to linked processes ({'EXIT', Port, Reason} when trapping),
%% monitor(port, P) and its 'DOWN', link/unlink, port_connect/2 and Port ! {Owner, {connect, Pid}},
%% and badsig when a stranger sends the port a command.

main(_) ->
    Self = self(),
    %% Owner dies normally: its port closes with it.
    {Owner, ORef} = spawn_monitor(fun() ->
        P = open_port({spawn, "cat"}, [binary]),
        Self ! {port, P},
        receive stop -> ok end
    end),
    P1 = receive {port, X} -> X end,
    M1 = erlang:monitor(port, P1),
    erlang:display(is_port(P1)),
    Owner ! stop,
    erlang:display(receive {'DOWN', ORef, process, Owner, R0} -> {owner_down, R0} end),
    erlang:display(receive {'DOWN', M1, port, P1, R1} -> {port_down, R1} after 2000 -> timeout end),
    erlang:display(erlang:port_info(P1)),

    %% Owner killed: a linked trapping process hears the port's exit with the same reason.
    process_flag(trap_exit, true),
    {Owner2, ORef2} = spawn_monitor(fun() ->
        P = open_port({spawn, "cat"}, []),
        Self ! {port, P},
        receive stop -> ok end
    end),
    P2 = receive {port, Y} -> Y end,
    true = link(P2),
    {links, L2} = erlang:port_info(P2, links),
    erlang:display(lists:sort(L2) =:= lists:sort([Owner2, Self])),
    exit(Owner2, kill),
    erlang:display(receive {'DOWN', ORef2, process, Owner2, R2} -> {owner_down, R2} end),
    erlang:display(receive {'EXIT', P2, R3} -> {port_exit, R3} after 2000 -> timeout end),

    %% unlink: no exit message any more; port_close by a process that is not the owner.
    P3 = open_port({spawn, "cat"}, []),
    true = unlink(P3),
    erlang:display(erlang:port_info(P3, links)),
    spawn(fun() -> Self ! {closed_by_other, port_close(P3)} end),
    erlang:display(receive {closed_by_other, C} -> C end),
    erlang:display(receive {'EXIT', P3, _} = E -> E after 200 -> no_exit end),

    %% monitor of a closed port, demonitor.
    M4 = erlang:monitor(port, P3),
    erlang:display(receive {'DOWN', M4, port, P3, R4} -> {down_at_once, R4} after 2000 -> timeout end),
    P5 = open_port({spawn, "cat"}, []),
    M5 = erlang:monitor(port, P5),
    erlang:display(erlang:demonitor(M5)),
    erlang:display(erlang:demonitor(M5)),
    port_close(P5),
    erlang:display(receive {'EXIT', P5, R5} -> {exit, R5} after 2000 -> timeout end),
    erlang:display(receive {'DOWN', M5, _, _, _} -> down_after_demonitor after 200 -> no_down end),

    %% port_connect: the new owner receives the data and is linked; Port ! {Owner, {connect, Pid}}.
    P6 = open_port({spawn, "cat"}, []),
    Collector = spawn(fun() -> collect(Self) end),
    true = erlang:port_connect(P6, Collector),
    {connected, Conn} = erlang:port_info(P6, connected),
    erlang:display(Conn =:= Collector),
    true = port_command(P6, "to the collector"),
    erlang:display(receive {collected, Data} -> Data after 2000 -> timeout end),
    P7 = open_port({spawn, "cat"}, []),
    P7 ! {self(), {connect, Collector}},
    erlang:display(receive {P7, connected} -> connected after 2000 -> timeout end),
    {links, L7} = erlang:port_info(P7, links),
    erlang:display(L7 =:= [Self]),
    port_close(P6),
    port_close(P7),
    erlang:display(lists:sort([element(3, receive {'EXIT', P, R} when P =:= P6; P =:= P7 -> {x, P, R} end) || _ <- [1, 2]])),

    %% A command from a process that is not the owner: the port closes with badsig.
    P8 = open_port({spawn, "cat"}, []),
    spawn(fun() -> P8 ! {self(), {command, "x"}} end),
    erlang:display(receive {'EXIT', P8, R8} -> {exit, R8} after 2000 -> timeout end),
    %% A linked process that ends normally leaves the port open; any other reason closes it.
    P9 = open_port({spawn, "cat"}, []),
    spawn(fun() -> link(P9), Self ! linked end),
    receive linked -> ok end,
    erlang:display(is_list(erlang:port_info(P9))),
    spawn(fun() -> link(P9), Self ! linked, exit(boom) end),
    receive linked -> ok end,
    erlang:display(receive {'EXIT', P9, R9} -> {exit, R9} after 2000 -> timeout end),
    %% exit/2 on a port closes it whatever the reason, normal included.
    P12 = open_port({spawn, "cat"}, []),
    spawn(fun() -> exit(P12, normal) end),
    erlang:display(receive {'EXIT', P12, R12} -> {exit, R12} after 2000 -> timeout end),
    P10 = open_port({spawn, "cat"}, []),
    exit(P10, normal),
    erlang:display(receive {'EXIT', P10, R10} -> {exit, R10} after 2000 -> timeout end),
    P11 = open_port({spawn, "cat"}, []),
    exit(P11, kill),
    erlang:display(receive {'EXIT', P11, R11} -> {exit, R11} after 2000 -> timeout end),
    erlang:display(receive Other -> Other after 200 -> empty end),
    ok.

collect(Parent) ->
    receive
        {_Port, {data, D}} -> Parent ! {collected, D}, collect(Parent)
    end.
