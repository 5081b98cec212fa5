defmodule Ex.Kernel.Bitstrings do
  # Binary construction and matching as Elixir 1.14 compiles it (OTP 24's bs_init2/bs_put_*/
  # bs_append opcodes): integer/float/utf segments with sizes, units, signedness and endianness,
  # appending in loops, bitstring generators, and the errors of bad segments.
  def main(_) do
    IO.inspect(<<1, 2, 300::16, -1::8, 1::1, 0::3>>)
    IO.inspect(<<255::little-16, 1::big-32, -2::signed-little-24>>)
    IO.inspect(<<1.5::float, 2.5::float-32, -0.0::float-little-64>>)
    IO.inspect(<<"é"::utf8, "é"::utf16, ?é::utf32, ?€::utf16-little>>)
    IO.inspect(<<0x1F600::utf8, 0x1F600::utf16>>)
    n = 12
    IO.inspect(<<5::size(n), 3::size(n)-unit(2)>>)
    b = "abc"
    IO.inspect(<<b::binary, b::binary-size(2), b::bits>>)
    IO.inspect(<<1::size(0)>>)
    <<a::4, rest::bits>> = <<0xAB, 0xCD>>
    IO.inspect({a, rest})
    <<x::signed-16, y::little-unsigned-16, z::float-32>> = <<-2::16, 513::little-16, 1.25::float-32>>
    IO.inspect({x, y, z})
    <<c::utf8, d::utf16, tail::binary>> = <<"ü"::utf8, "ß"::utf16, "end">>
    IO.inspect({c, d, tail})
    <<len::8, payload::binary-size(len), more::binary>> = <<3, "abcdef">>
    IO.inspect({len, payload, more})
    acc = Enum.reduce(1..1000, <<>>, fn i, acc -> <<acc::binary, rem(i, 256)>> end)
    IO.inspect({byte_size(acc), :erlang.md5(acc) |> Base.encode16()})
    bits = Enum.reduce(1..100, <<>>, fn i, acc -> <<acc::bits, rem(i, 2)::1>> end)
    IO.inspect({bit_size(bits), bits})
    IO.inspect(for <<r::8, g::8, b2::8 <- <<1, 2, 3, 4, 5, 6>> >>, do: {r, g, b2})
    IO.inspect(for <<bit::1 <- <<0b10110000>> >>, into: "", do: Integer.to_string(bit))
    IO.inspect(for <<c2::utf8 <- "héllo">>, c2 != ?l, into: <<>>, do: <<c2::utf8>>)
    IO.inspect(for x2 <- 1..5, into: <<>>, do: <<x2::4>>)
    IO.inspect(:binary.bin_to_list(<<1, 2, 3>>, {1, 2}))
    IO.inspect(:binary.decode_unsigned(<<1, 0>>, :little))
    IO.inspect(:binary.encode_unsigned(65_536))
    IO.inspect(:binary.longest_common_prefix(["abcd", "abxy"]))
    IO.inspect(:binary.replace("aXbXc", "X", "--", [:global]))
    IO.inspect(Base.encode64("héllo"), label: "b64")
    IO.inspect(Base.decode64("aMOpbGxv"))
    IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
    IO.inspect(Base.encode32("hi"))
    IO.inspect(Base.decode16("zz"))
    IO.inspect(Base.hex_decode32("ABC"))

    v = fn t -> Process.get(:none, t) end

    for f <- [
          fn -> <<v.(:a)::8>> end,
          fn -> <<v.(1.5)::8>> end,
          fn -> <<v.("abc")::binary-size(4)>> end,
          fn -> <<v.(0x110000)::utf8>> end,
          fn -> <<v.(0xD800)::utf16>> end,
          fn -> <<v.(1)::size(v.(-1))>> end,
          fn -> <<v.(<<1::1>>)::binary>> end,
          fn -> <<v.(1)::float-size(16)>> end,
          fn -> <<v.(:inf)::float>> end
        ] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end
