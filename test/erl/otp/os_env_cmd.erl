-module(os_env_cmd).
%% os:getenv/putenv/unsetenv, os:cmd (output, stderr, failing and missing commands), os:type, os:find_executable basename.
-export([main/1]).

main(_) ->
    show(home_is_list, is_list(os:getenv("HOME"))),
    show(unset, os:getenv("BEAMJS_SURELY_UNSET")),
    show(unset_default, os:getenv("BEAMJS_SURELY_UNSET", "fallback")),
    show(putenv, os:putenv("BEAMJS_OTP_TEST_VAR", "some value")),
    show(getenv_after_put, os:getenv("BEAMJS_OTP_TEST_VAR")),
    show(in_getenv_list, lists:member("BEAMJS_OTP_TEST_VAR=some value", os:getenv())),
    show(seen_by_cmd, os:cmd("echo $BEAMJS_OTP_TEST_VAR")),
    show(putenv_empty, os:putenv("BEAMJS_OTP_TEST_VAR", "")),
    show(getenv_empty, os:getenv("BEAMJS_OTP_TEST_VAR")),
    show(unsetenv, os:unsetenv("BEAMJS_OTP_TEST_VAR")),
    show(getenv_after_unset, os:getenv("BEAMJS_OTP_TEST_VAR")),
    show(putenv_unicode, os:putenv("BEAMJS_OTP_UNI", [955, $x])),
    show(getenv_unicode, os:getenv("BEAMJS_OTP_UNI")),
    show(putenv_badarg, catch os:putenv("BAD=NAME", "x")),
    show(getenv_badarg, catch os:getenv(bad)),
    show(echo, os:cmd("echo hi")),
    show(printf_no_newline, os:cmd("printf 'a\\tb'")),
    show(multi_line, os:cmd("printf 'one\\ntwo\\nthree\\n'")),
    show(stderr_is_merged, os:cmd("echo out; echo err 1>&2")),
    show(failing, os:cmd("exit 3")),
    show(failing_with_output, os:cmd("echo partial; false")),
    show(missing_command, os:cmd("beamjs_no_such_command_xyz")),
    show(empty, os:cmd("")),
    show(binary_arg, catch os:cmd(<<"echo bin">>)),
    show(atom_arg, catch os:cmd(echo)),
    show(pipes, os:cmd("printf 'b\\na\\nc\\n' | sort")),
    show(big_output_length, length(os:cmd("seq 1 20000"))),
    show(max_size, os:cmd("seq 1 100", #{max_size => 10})),
    show(non_ascii, os:cmd("printf '\\303\\251'")),
    show(type, os:type()),
    show(find_sh, filename:basename(os:find_executable("sh"))),
    show(find_missing, os:find_executable("beamjs_no_such_command_xyz")),
    show(pid_is_list, is_list(os:getpid())),
    show(cwd_matches_pwd, string:trim(os:cmd("pwd")) =:= element(2, file:get_cwd())),
    ok.

show(What, R) -> io:format("~p: ~p~n", [What, R]).
