-module(zlib).
%% A module named like one of erts's preloaded modules, on the code path (-pa) of this area's
%% programs: erts never loads it (its own zlib is built in), so zlib:main/1 is undef there too.
-export([main/1]).
main(_) -> io:format("the fake zlib ran~n").
