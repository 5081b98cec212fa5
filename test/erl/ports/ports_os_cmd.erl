-module(ports_os_cmd).
-export([main/1]).

%% os:cmd/1,2 end to end: kernel's os.erl opens {spawn, "/bin/sh -s unix:cmd"}, monitors the
%% port, writes the command to the shell's stdin and reads until the ^D marker, then closes the port.

main(_) ->
    Ports = erlang:ports(),
    erlang:display(os:cmd("echo hi")),
    erlang:display(os:cmd("echo one; echo two >&2; echo three")),
    erlang:display(os:cmd("printf 'no newline'")),
    erlang:display(os:cmd("exit 3")),
    erlang:display(os:cmd(["echo ", "deep", [" list"]])),
    erlang:display(os:cmd('echo atom')),
    erlang:display(os:cmd("yes 2>/dev/null | head -c 100000 | wc -c")),
    erlang:display(os:cmd("yes 0123456789 | head -c 20000", #{max_size => 25})),
    %% Children start with SIGPIPE ignored, as on erts: yes reports its broken pipe (34 bytes).
    erlang:display(length(os:cmd("yes 0123456789 | head -c 70000"))),
    erlang:display(os:cmd("echo ${NO_SUCH_VARIABLE_HERE:-unset}")),
    %% The port is gone once os:cmd returns, and no message is left behind.
    erlang:display(erlang:ports() =:= Ports),
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display(try os:cmd({not_a_string}) catch error:badarg -> badarg end),
    ok.
