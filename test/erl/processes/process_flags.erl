-module(process_flags).
-export([main/1]).

%% process_flag/2: each flag returns its old value; bad flags and values raise badarg.
%% process_info/2 reads them back.

main(_) ->
    Self = self(),
    spawn(fun() -> Self ! {flags, flags()} end),
    receive {flags, Fs} -> [erlang:display(F) || F <- Fs] end,
    ok.

flags() ->
    [{trap_exit, process_flag(trap_exit, true), process_flag(trap_exit, false)},
     {priority, process_flag(priority, high), process_flag(priority, low), process_flag(priority, max),
      process_info(self(), priority), process_flag(priority, normal)},
     {min_heap_size, process_flag(min_heap_size, 1000), process_info(self(), min_heap_size),
      process_flag(min_heap_size, 10), process_info(self(), min_heap_size)},
     {min_bin_vheap_size, process_flag(min_bin_vheap_size, 50000), process_info(self(), min_bin_vheap_size)},
     {max_heap_size, process_flag(max_heap_size, 100000), process_info(self(), max_heap_size),
      process_flag(max_heap_size, #{size => 0, kill => false}), process_info(self(), max_heap_size),
      process_flag(max_heap_size, 0)},
     {message_queue_data, process_flag(message_queue_data, off_heap), process_info(self(), message_queue_data),
      process_flag(message_queue_data, on_heap)},
     {save_calls, process_flag(save_calls, 5), process_flag(save_calls, 0)},
     {sensitive, process_flag(sensitive, true), process_flag(sensitive, false)},
     {error_handler, process_flag(error_handler, my_handler), process_flag(error_handler, error_handler)},
     {trap_exit_info, process_info(self(), trap_exit)},
     {bad, [catch_reason(fun() -> process_flag(F, V) end)
            || {F, V} <- [{trap_exit, yes}, {priority, urgent}, {min_heap_size, -1}, {min_heap_size, 1.0},
                          {max_heap_size, 100}, {max_heap_size, #{}}, {max_heap_size, #{size => 300, kill => 1}},
                          {message_queue_data, nowhere}, {save_calls, 10001}, {sensitive, 1},
                          {error_handler, "h"}, {no_such_flag, true}, {"trap_exit", true}]]},
     {info_bad, catch_reason(fun() -> process_info(self(), no_such_item) end),
      catch_reason(fun() -> process_info(self(), [trap_exit | bad]) end),
      catch_reason(fun() -> process_info(not_a_pid, trap_exit) end)},
     {info_list, process_info(self(), []), process_info(self(), [trap_exit, trap_exit, priority])}].

catch_reason(F) ->
    try F() of V -> {value, V} catch C:R -> {C, R} end.
