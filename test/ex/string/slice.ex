defmodule Ex.String.Slice do
  # String.slice with positions, lengths and ranges (negative ends, steps, out of range),
  # first/last, on strings with multi-codepoint graphemes.
  def main(_) do
    s = "he\u0301llo wörld 🇫🇷!"

    for {a, b} <- [{0, 3}, {2, 2}, {-3, 2}, {-100, 3}, {5, 0}, {100, 1}, {3, 100}, {-1, 1}] do
      IO.inspect(String.slice(s, a, b), label: "slice #{a}, #{b}")
    end

    ranges = [0..2, 1..-1//1, -4..-1, 5..2//1, 0..100, -100..2, 2..2, 0..-1//1, 3..-3//1, 0..10//3]

    for r <- ranges do
      IO.inspect(String.slice(s, r), label: inspect(r))
    end

    IO.inspect({String.first(s), String.last(s), String.first(""), String.last("")})
    IO.inspect(binary_part(s, 1, 3))
    IO.inspect(:binary.part(s, byte_size(s), -2))

    try do
      String.slice(s, 0..4//-1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
