%% compress/uncompress, zip/unzip, gzip/gunzip of small and medium inputs: the compressed bytes
%% (erts uses Debian's zlib) and the round trip, for binaries, iolists and edge cases.
-module(zlib_oneshot).
-export([main/1]).

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
md5(B) -> hex(erlang:md5(B)).

show(Name, B) when byte_size(B) =< 64 -> io:format("~s ~b ~s~n", [Name, byte_size(B), hex(B)]);
show(Name, B) -> io:format("~s ~b md5 ~s~n", [Name, byte_size(B), md5(B)]).

%% A deterministic pseudo-random byte stream (an LCG), compressible only a little.
noise(0, _, Acc) -> list_to_binary(Acc);
noise(N, S, Acc) -> S1 = (S * 1103515245 + 12345) band 16#7fffffff, noise(N - 1, S1, [(S1 bsr 16) band 255 | Acc]).

text(N) -> iolist_to_binary([io_lib:format("line ~b: the quick brown fox ~b jumps~n", [I, I * I rem 97]) || I <- lists:seq(1, N)]).

inputs() ->
    [{empty, <<>>},
     {one, <<"a">>},
     {hello, <<"hello hello hello hello">>},
     {zeros, binary:copy(<<0>>, 100000)},
     {text, text(2000)},
     {noise, noise(50000, 42, [])},
     {iolist, [<<"abc">>, "def", [$g, [<<"hij">>, <<>>]], <<"klm">>]},
     {mixed, [text(100), noise(3000, 7, []), binary:copy(<<"xyz">>, 5000)]}].

main(_) ->
    lists:foreach(
      fun({Name, In}) ->
              Bin = iolist_to_binary(In),
              C = zlib:compress(In),
              Z = zlib:zip(In),
              G = zlib:gzip(In),
              show(atom_to_list(Name) ++ " compress", C),
              show(atom_to_list(Name) ++ " zip", Z),
              show(atom_to_list(Name) ++ " gzip", G),
              io:format("~p~n", [{Name,
                                  zlib:uncompress(C) =:= Bin,
                                  zlib:unzip(Z) =:= Bin,
                                  zlib:gunzip(G) =:= Bin,
                                  zlib:uncompress([C]) =:= Bin,
                                  zlib:gunzip(binary_to_list(G)) =:= Bin}])
      end, inputs()),
    %% gunzip reads concatenated members (reset at end of stream); uncompress cuts.
    G2 = [zlib:gzip(<<"first ">>), zlib:gzip(<<"second">>)],
    io:format("~p~n", [zlib:gunzip(G2)]),
    C2 = [zlib:compress(<<"first ">>), zlib:compress(<<"second">>)],
    io:format("~p~n", [catch zlib:uncompress(C2)]),
    %% compressed data from a term_to_binary
    T = term_to_binary(lists:seq(1, 300), [compressed]),
    show("t2b", T),
    io:format("~p~n", [binary_to_term(T) =:= lists:seq(1, 300)]).
