defmodule Ex.Enum.GroupSort do
  # group_by, frequencies, sort/sort_by stability and directions, min_by/max_by with modules
  # (Date), uniq_by, dedup_by; term order across types.
  def main(_) do
    people = [{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 25}, {"eve", 35}, {"fay", 30}]
    IO.inspect(Enum.group_by(people, &elem(&1, 1)))
    IO.inspect(Enum.group_by(people, &elem(&1, 1), &elem(&1, 0)))
    IO.inspect(Enum.sort_by(people, &elem(&1, 1)))
    IO.inspect(Enum.sort_by(people, &elem(&1, 1), :desc))
    IO.inspect(Enum.sort_by(people, &elem(&1, 1), &>=/2))
    IO.inspect(Enum.sort(people, &(elem(&1, 1) <= elem(&2, 1))))
    IO.inspect(Enum.sort([3, 1.0, 1, :a, "b", {1}, [2], %{}, self() |> is_pid(), make_ref() |> is_reference()], :desc))
    IO.inspect(Enum.sort([1, 1.0, 2, 2.0, 1.0, 1], :asc))
    IO.inspect(Enum.sort([~D[2020-01-02], ~D[2019-12-31], ~D[2020-01-01]], Date))
    IO.inspect(Enum.sort([~D[2020-01-02], ~D[2019-12-31]], {:desc, Date}))
    IO.inspect(Enum.min_by([~D[2020-01-02], ~D[2019-12-31]], & &1, Date))
    IO.inspect(Enum.max_by([], & &1, fn -> :empty end))
    IO.inspect(Enum.frequencies(~w(a b a c b a)))
    IO.inspect(Enum.frequencies_by(~w(aa b cc d), &String.length/1))
    IO.inspect(Enum.uniq_by(people, &elem(&1, 1)))
    IO.inspect(Enum.dedup_by([{1, :a}, {1, :b}, {2, :c}, {1, :d}], &elem(&1, 0)))
    IO.inspect(Enum.uniq([1, 1.0, 1, "a", "a"]))
    IO.inspect(Enum.sort(for(i <- 1..40, do: rem(i * 7919, 41))))
    IO.inspect(Enum.sort_by(1..20, &rem(&1, 3)))
  end
end
