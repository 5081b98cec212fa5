-module(ports_fd).
-export([main/1]).

%% An fd port for output, its port_info, port_close. The port writes to fd 2: on erts a port
%% writes in its own time (port_command only queues the data), so its output and
%% erlang:display's have no fixed order on one fd, while each stream keeps its own order.

main(_) ->
    P = open_port({fd, 0, 2}, [out]),
    erlang:display(is_port(P)),
    true = port_command(P, "written by the port\n"),
    erlang:display(between),
    true = port_command(P, [<<"iolist ">>, "of ", [$p, $a, $r, $t, $s], $\n]),
    true = erlang:port_command(P, <<"binary, with flags\n">>, [nosuspend]),
    erlang:display(err(fun() -> erlang:port_command(P, <<"forced\n">>, [force]) end)),
    erlang:display(err(fun() -> erlang:port_command(P, <<"bad flags\n">>, [bad]) end)),
    P ! {self(), {command, "sent as a message\n"}},
    erlang:display(after_message),
    {name, Name} = erlang:port_info(P, name),
    erlang:display(Name),
    {connected, C} = erlang:port_info(P, connected),
    erlang:display(C =:= self()),
    {links, L} = erlang:port_info(P, links),
    erlang:display(L =:= [self()]),
    {output, Out} = erlang:port_info(P, output),
    erlang:display(Out),
    erlang:display(erlang:port_info(P, input)),
    erlang:display(erlang:port_info(P, os_pid)),
    erlang:display(erlang:port_info(P, registered_name)),
    erlang:display([K || {K, _} <- erlang:port_info(P)]),
    erlang:display(lists:member(P, erlang:ports())),
    erlang:display(err(fun() -> erlang:port_info(P, no_such_item) end)),
    erlang:display(lists:prefix("#Port<0.", erlang:port_to_list(P))),
    erlang:display(list_to_port(erlang:port_to_list(P)) =:= P),
    erlang:display(err(fun() -> list_to_port("#Port<0.5> ") end)),
    erlang:display(err(fun() -> list_to_port("#Port<0.99999999999>") end)),
    erlang:display(erlang:port_get_data(P)),
    true = erlang:port_set_data(P, {some, data}),
    erlang:display(erlang:port_get_data(P)),
    %% io:columns goes to user's fd port control: stdout is a pipe here, so no geometry.
    {'EXIT', {badarg, _}} = (catch port_control(P, 16#018b0900 + 100, [])),
    {'EXIT', {badarg, _}} = (catch port_control(P, 1, [])),
    {'EXIT', {badarg, _}} = (catch erlang:port_call(P, 0, x)),
    erlang:display(port_close(P)),
    %% erts may still be writing what the port queued: give it time to finish closing.
    receive after 100 -> ok end,
    erlang:display(erlang:port_info(P)),
    erlang:display(erlang:port_info(P, name)),
    erlang:display(lists:member(P, erlang:ports())),
    erlang:display(err(fun() -> port_command(P, "closed\n") end)),
    erlang:display(err(fun() -> port_close(P) end)),
    erlang:display(err(fun() -> port_control(P, 1, []) end)),
    erlang:display(err(fun() -> open_port({fd, 0, 1}, [bogus_option]) end)),
    erlang:display(err(fun() -> open_port({nonsense}, []) end)),
    erlang:display(err(fun() -> open_port({spawn, "true"}, [{packet, 3}]) end)),
    ok.

%% How F fails, without the stack trace (it names the port, whose number differs from erts's).
err(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:St ->
            [{M, Fn, A, _} | _] = St,
            {C, R, M, Fn, length(A)}
    end.
