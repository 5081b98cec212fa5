-module(io_group_leader).
%% io:format through a changed group leader: a file opened as an io device, a process of our own answering io requests, then back to user.
-export([main/1]).

main(_) ->
    File = "/tmp/beamjs_otp_io_group_leader.txt",
    {ok, Fd} = file:open(File, [write]),
    Old = group_leader(),
    group_leader(Fd, self()),
    io:format("to the file ~p~n", [1]),
    io:put_chars("put_chars to the file\n"),
    io:write({written, term}),
    io:nl(),
    group_leader(Old, self()),
    ok = file:close(Fd),
    {ok, Bin} = file:read_file(File),
    io:format("file holds ~p~n", [Bin]),
    ok = file:delete(File),
    Me = self(),
    Fake = spawn(fun() -> fake_io(Me) end),
    group_leader(Fake, self()),
    R1 = io:format("captured ~w~n", [x]),
    R2 = io:get_line("prompt> "),
    R3 = (catch io:format("~p", [y])),
    group_leader(Old, self()),
    io:format("results ~p ~p ~P~n", [R1, R2, R3, 5]),
    Got = collect([]),
    io:format("fake io saw ~p~n", [Got]),
    %% a dead group leader
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    group_leader(Dead, self()),
    R4 = (catch io:format("lost~n")),
    group_leader(Old, self()),
    io:format("dead group leader ~P~n", [R4, 5]),
    ok.

collect(Acc) ->
    receive {seen, R} -> collect([R | Acc]) after 100 -> lists:reverse(Acc) end.

fake_io(Parent) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            Parent ! {seen, Req},
            Reply = case Req of
                {put_chars, _, _} -> ok;
                {put_chars, _, _, _, _} -> ok;
                {get_line, _, _} -> "typed\n";
                _ -> {error, request}
            end,
            From ! {io_reply, ReplyAs, Reply},
            fake_io(Parent)
    end.
