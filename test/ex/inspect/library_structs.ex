defmodule Ex.Inspect.LibraryStructs do
  # Inspect impls of library structs: Range, Regex, MapSet, Date/Time/NaiveDateTime/DateTime
  # (sigils, calendar formatting), Version, URI, Stream, Function, HashDict-like, exceptions.
  def main(_) do
    terms = [
      1..10, 1..10//2, 10..1//-1, ~r/x/u, ~r{a/b}, MapSet.new([1]),
      ~D[2024-02-29], ~T[23:59:59.123456], ~T[00:00:00], ~N[2000-01-01 00:00:00.001], ~U[2020-05-01 12:00:00Z],
      DateTime.from_naive!(~N[2020-01-01 10:00:00], "Etc/UTC"), Date.new!(-5, 1, 1), Time.new!(1, 2, 3, {5, 2}),
      Version.parse!("1.2.3-rc.1+build"), Version.parse_requirement!(">= 1.0.0 and < 2.0.0"),
      URI.parse("https://user@example.com:8080/p/a?q=1#frag"), %ArgumentError{message: "m"}, %KeyError{key: :k, term: %{}},
      Date.range(~D[2020-01-01], ~D[2020-01-05]), Date.range(~D[2020-01-05], ~D[2020-01-01], -2)
    ]

    for t <- terms, do: IO.puts(inspect(t))
    IO.puts(Date.to_iso8601(~D[2024-02-29]))
    IO.puts(to_string(~N[2000-01-01 00:00:00.001]))
    IO.puts(Calendar.strftime(~N[2021-03-04 05:06:07], "%Y/%m/%d %H:%M:%S %a %b %j %p %I"))
    IO.inspect(Date.add(~D[2024-02-28], 2))
    IO.inspect(Date.day_of_week(~D[2024-02-29]))
    IO.inspect(Date.diff(~D[2024-03-01], ~D[2023-03-01]))
    IO.inspect(NaiveDateTime.add(~N[2020-12-31 23:59:59], 1))
    IO.inspect(NaiveDateTime.diff(~N[2020-01-01 00:00:01], ~N[2020-01-01 00:00:00], :microsecond))
    IO.inspect(Time.add(~T[23:59:59], 2))
    IO.inspect(DateTime.from_unix!(1_700_000_000))
    IO.inspect(DateTime.from_unix!(1_700_000_000_123, :millisecond) |> DateTime.to_iso8601())
    IO.inspect(Date.from_iso8601("2024-13-01"))
    IO.inspect(NaiveDateTime.from_iso8601("2020-01-01T10:00:00.5+02:00"))
    IO.inspect(DateTime.from_iso8601("2020-01-01T10:00:00.5+02:30"))
    IO.inspect(Version.compare("1.2.3", "1.10.0"))
    IO.inspect(Version.match?("1.5.0", "~> 1.4"))
    IO.inspect(URI.encode_query(%{"a b" => "c&d", "é" => 1}))
    IO.inspect(URI.decode_query("x=1&y=%20z&x=2"))
    IO.inspect(URI.merge("http://a/b/c/d;p?q", "../g"))
    IO.inspect(Date.beginning_of_month(~D[2021-02-17]))
    IO.inspect(:calendar.gregorian_days_to_date(738_000))
  end
end
