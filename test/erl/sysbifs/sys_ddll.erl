%% erl_ddll on a driver that is not there: try_load/3 errors (a missing file gives erts's
%% dlopen message back through format_error/1), try_unload/2, info/2, bad arguments and options,
%% and format_error_int/1's texts.
-module(sys_ddll).
-export([main/1]).

t(F) -> try F() of V -> {ok, V} catch C:R:S -> {C, R, hd(S)} end.

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    R = erl_ddll:try_load("/nonexistent", "nosuch_drv", []),
    P(R),
    P(t(fun() -> erl_ddll:format_error_int(element(2, R)) end)),
    P(erl_ddll:format_error(element(2, R))),
    [P(t(F)) || F <- [
        fun() -> erl_ddll:try_load("/nonexistent/", nosuch_drv, [{monitor, pending}]) end,
        fun() -> erl_ddll:try_load(<<"/nonexistent">>, <<"nosuch_drv">>, []) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", [{reload, pending}]) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", [{driver_options, [kill_ports]}]) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", [{driver_options, [foo]}]) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", [{monitor, foo}]) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", [foo]) end,
        fun() -> erl_ddll:try_load("/nonexistent", "nosuch_drv", foo) end,
        fun() -> erl_ddll:try_load(1, "nosuch_drv", []) end,
        fun() -> erl_ddll:try_load("/nonexistent", 1, []) end,
        fun() -> erl_ddll:load("/nonexistent", "nosuch_drv") end,
        fun() -> erl_ddll:load_driver("/nonexistent", nosuch_drv) end,
        fun() -> erl_ddll:try_unload("nosuch_drv", []) end,
        fun() -> erl_ddll:try_unload(nosuch_drv, [kill_ports, {monitor, pending_driver}]) end,
        fun() -> erl_ddll:try_unload(nosuch_drv, [foo]) end,
        fun() -> erl_ddll:try_unload(1, []) end,
        fun() -> erl_ddll:unload("nosuch_drv") end,
        fun() -> erl_ddll:unload_driver("nosuch_drv") end,
        fun() -> erl_ddll:info("nosuch_drv", port_count) end,
        fun() -> erl_ddll:info("nosuch_drv", foo) end,
        fun() -> erl_ddll:info(1, port_count) end
    ]],
    Codes = [linked_in_driver, inconsistent, not_loaded, not_loaded_by_this_process, not_pending,
             already_loaded, permanent, pending_process, pending_reload, pending_driver, foo, "x",
             {open_error, 0}, {open_error, -1}, {open_error, -2}, {open_error, -3}, {open_error, -4},
             {open_error, -5}, {open_error, -6}, {open_error, -7}, {open_error, -8}, {open_error, -9},
             {open_error, -11}, {open_error, -100}, {open_error, 1}, {open_error, 1 bsl 70},
             {open_error, foo}, {foo, 1}],
    [P({C, t(fun() -> erl_ddll:format_error_int(C) end)}) || C <- Codes],
    [P({C, erl_ddll:format_error(C)}) || C <- [linked_in_driver, {open_error, -2}]].
