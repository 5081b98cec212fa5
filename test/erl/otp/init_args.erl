-module(init_args).
%% init:get_arguments (keys, -noshell and -eval), get_plain_arguments, get_argument, code:which/root_dir/lib_dir shapes, script name.
-export([main/1]).

main(Args) ->
    show(main_args, Args),
    Keys = [K || {K, _} <- init:get_arguments()],
    show(keys, lists:usort(Keys)),
    show(noshell, init:get_argument(noshell)),
    show(eval, init:get_argument(eval)),
    show(pa_count, length(element(2, init:get_argument(pa)))),
    show(missing, init:get_argument(beamjs_no_such_flag)),
    show(home_is_set, element(1, init:get_argument(home))),
    show(root_is_set, element(1, init:get_argument(root))),
    show(progname, init:get_argument(progname)),
    show(plain, init:get_plain_arguments()),
    show(status, init:get_status()),
    show(which_lists, filename:basename(code:which(lists))),
    show(which_init, code:which(init)),
    show(which_self, filename:basename(code:which(?MODULE))),
    show(which_missing, code:which(beamjs_no_such_module)),
    show(is_loaded_lists, element(1, code:is_loaded(lists))),
    show(lib_dir_kernel, filename:basename(filename:dirname(code:lib_dir(kernel)))),
    show(lib_dir_missing, code:lib_dir(no_such_app)),
    show(root_dir_is_abs, filename:pathtype(code:root_dir())),
    show(priv_dir_missing, code:priv_dir(no_such_app)),
    show(objfile_extension, code:objfile_extension()),
    show(ensure_loaded, code:ensure_loaded(queue)),
    show(ensure_loaded_missing, code:ensure_loaded(no_such_module)),
    show(get_path_tail, lists:last(code:get_path()) =/= undefined),
    show(dot_in_path, lists:member(".", code:get_path())),
    show(otp_release, erlang:system_info(otp_release)),
    show(script_id, init:script_id()),
    show(apps, lists:sort([A || {A, _, _} <- application:which_applications()])),
    show(kernel_env, lists:sort([K || {K, _} <- application:get_all_env(kernel)])),
    show(sasl_loaded, lists:keymember(sasl, 1, application:loaded_applications())),
    show(registered, lists:sort([N || N <- registered(), lists:member(N, [init, user, code_server, logger, application_controller, kernel_sup, error_logger, standard_error])])),
    show(group_leader_is_user, group_leader() =:= whereis(user)),
    ok.

show(What, R) -> io:format("~p: ~p~n", [What, R]).
