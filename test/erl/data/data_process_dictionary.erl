%% The process dictionary: put/get/erase return values, get/0 and get_keys/0 in erts's hash order (integer keys only).
-module(data_process_dictionary).
-export([main/1, id/1]).

id(X) -> X.

main(_) ->
    erlang:display([put(1, one), put(1, uno), get(1), get(2), erase(1), erase(1), get()]),
    [put(I, I * I) || I <- lists:seq(1, ?MODULE:id(50))],
    erlang:display(get()),
    erlang:display(get_keys()),
    erlang:display(get_keys(100)),
    [erase(I) || I <- lists:seq(1, 50, 3)],
    erlang:display(get()),
    put({tuple, 1}, t), put([list], l), put(<<"bin">>, b), put(1.5, f),
    erlang:display([get({tuple, 1}), get([list]), get(<<"bin">>), get(1.5), get(1.50)]),
    erlang:display(length(erase())),
    erlang:display(get()),
    [put(I, x) || I <- lists:seq(1, ?MODULE:id(1000))],
    erlang:display(lists:sublist(get_keys(), 20)),
    erlang:display(lists:sum(get_keys())).
