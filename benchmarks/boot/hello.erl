-module(hello).
%% The boot benchmark's program: everything measured is the boot, main and halt().
-export([main/1]).
main(_) -> io:format("hello~n").
