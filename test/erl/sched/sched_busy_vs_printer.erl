%% A process spinning forever must not starve one that prints on a timer: preemption by reductions.
-module(sched_busy_vs_printer).
-export([main/1, id/1]).

id(X) -> X.

spin(N) -> spin((N + 1) band 16#ffff).

printer(Parent, I, Max) when I > Max -> Parent ! printer_done;
printer(Parent, I, Max) ->
    receive after 20 -> ok end,
    erlang:display({tick, I}),
    printer(Parent, I + 1, Max).

main(_) ->
    Self = self(),
    _Busy1 = spawn(fun() -> spin(0) end),
    _Busy2 = spawn(fun() -> spin(1) end),
    _Busy3 = spawn(fun() -> spin(2) end),
    spawn(fun() -> printer(Self, 1, ?MODULE:id(5)) end),
    receive printer_done -> erlang:display(all_ticks_printed) end.
