defmodule Ex.Apps.Json do
  # A small JSON encoder and decoder written the Elixir way (binary matching with accumulators,
  # protocols for encoding, with/else for errors), round-tripping generated documents.
  defprotocol Encode do
    @fallback_to_any true
    def encode(term)
  end

  defimpl Encode, for: Map do
    def encode(m), do: ["{", m |> Enum.sort() |> Enum.map(fn {k, v} -> [Ex.Apps.Json.string(to_string(k)), ":", Encode.encode(v)] end) |> Enum.intersperse(","), "}"]
  end

  defimpl Encode, for: List do
    def encode(l), do: ["[", l |> Enum.map(&Encode.encode/1) |> Enum.intersperse(","), "]"]
  end

  defimpl Encode, for: BitString do
    def encode(s), do: Ex.Apps.Json.string(s)
  end

  defimpl Encode, for: Any do
    def encode(nil), do: "null"
    def encode(true), do: "true"
    def encode(false), do: "false"
    def encode(n) when is_integer(n), do: Integer.to_string(n)
    def encode(f) when is_float(f), do: Float.to_string(f)
    def encode(a) when is_atom(a), do: Ex.Apps.Json.string(Atom.to_string(a))
  end

  def string(s), do: [?", escape(s, []), ?"]

  defp escape(<<>>, acc), do: Enum.reverse(acc)
  defp escape(<<?", r::binary>>, acc), do: escape(r, ["\\\"" | acc])
  defp escape(<<?\\, r::binary>>, acc), do: escape(r, ["\\\\" | acc])
  defp escape(<<?\n, r::binary>>, acc), do: escape(r, ["\\n" | acc])
  defp escape(<<c, r::binary>>, acc) when c < 0x20, do: escape(r, [:io_lib.format("\\u~4.16.0B", [c]) | acc])
  defp escape(<<c::utf8, r::binary>>, acc), do: escape(r, [<<c::utf8>> | acc])

  def decode(s) do
    with {v, rest} <- value(skip(s)), "" <- skip(rest) do
      {:ok, v}
    else
      {:error, _} = e -> e
      other when is_binary(other) -> {:error, {:trailing, other}}
    end
  end

  defp skip(<<c, r::binary>>) when c in ' \n\t\r', do: skip(r)
  defp skip(s), do: s

  defp value("null" <> r), do: {nil, r}
  defp value("true" <> r), do: {true, r}
  defp value("false" <> r), do: {false, r}
  defp value(<<?", r::binary>>), do: str(r, [])
  defp value(<<?[, r::binary>>), do: arr(skip(r), [])
  defp value(<<?{, r::binary>>), do: obj(skip(r), %{})
  defp value(<<c, _::binary>> = s) when c in '-0123456789', do: num(s)
  defp value(other), do: {:error, {:unexpected, String.slice(other, 0, 5)}}

  defp str(<<?", r::binary>>, acc), do: {acc |> Enum.reverse() |> IO.iodata_to_binary(), r}
  defp str(<<"\\n", r::binary>>, acc), do: str(r, ["\n" | acc])
  defp str(<<"\\\"", r::binary>>, acc), do: str(r, ["\"" | acc])
  defp str(<<"\\\\", r::binary>>, acc), do: str(r, ["\\" | acc])
  defp str(<<"\\u", h::binary-size(4), r::binary>>, acc), do: str(r, [<<String.to_integer(h, 16)::utf8>> | acc])
  defp str(<<c::utf8, r::binary>>, acc), do: str(r, [<<c::utf8>> | acc])
  defp str(<<>>, _), do: {:error, :unterminated_string}

  defp num(s) do
    {n, r} = Integer.parse(s)
    case r do
      <<?., _::binary>> -> Float.parse(s)
      <<e, _::binary>> when e in 'eE' -> Float.parse(s)
      _ -> {n, r}
    end
  end

  defp arr(<<?], r::binary>>, acc), do: {Enum.reverse(acc), r}
  defp arr(s, acc) do
    with {v, r} <- value(s) do
      case skip(r) do
        <<?,, r2::binary>> -> arr(skip(r2), [v | acc])
        <<?], r2::binary>> -> {Enum.reverse([v | acc]), r2}
        _ -> {:error, :bad_array}
      end
    end
  end

  defp obj(<<?}, r::binary>>, acc), do: {acc, r}
  defp obj(<<?", r::binary>>, acc) do
    with {k, r} <- str(r, []), <<?:, r::binary>> <- skip(r), {v, r} <- value(skip(r)) do
      case skip(r) do
        <<?,, r2::binary>> -> obj(skip(r2), Map.put(acc, k, v))
        <<?}, r2::binary>> -> {Map.put(acc, k, v), r2}
        _ -> {:error, :bad_object}
      end
    else
      _ -> {:error, :bad_member}
    end
  end

  def main(_) do
    :rand.seed(:exsss, {9, 9, 9})
    docs = for i <- 1..30, do: gen(4, i)
    for d <- docs do
      json = IO.iodata_to_binary(Encode.encode(d))
      {:ok, back} = decode(json)
      IO.puts("#{byte_size(json)} #{back == normal(d)} #{:erlang.phash2(json)}")
    end
    IO.puts(IO.iodata_to_binary(Encode.encode(%{"a" => [1, 2.5, "x\ny\"z", nil, true], b: %{c: "é\u0001"}})))
    IO.inspect(decode(~s({"k": [1, 2, {"n": -3.5e2}], "s": "\\u00e9"})))
    IO.inspect(decode("[1, 2"))
    IO.inspect(decode("{\"a\" 1}"))
    IO.inspect(decode("[1] x"))
  end

  defp gen(0, i), do: Enum.at([i, i * 1.5, "s#{i}", nil, true, false], rem(i, 6))
  defp gen(d, i) do
    case :rand.uniform(3) do
      1 -> for j <- 1..:rand.uniform(4), do: gen(d - 1, i + j)
      2 -> Map.new(1..:rand.uniform(4), fn j -> {"k#{j}", gen(d - 1, i * j)} end)
      3 -> gen(0, i + d)
    end
  end

  defp normal(m) when is_map(m), do: Map.new(m, fn {k, v} -> {to_string(k), normal(v)} end)
  defp normal(l) when is_list(l), do: Enum.map(l, &normal/1)
  defp normal(x), do: x
end
