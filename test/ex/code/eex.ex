defmodule Ex.Code.Eex do
  # EEx templates compiled and evaluated at run time (the eex application).
  def main(_) do
    IO.puts(EEx.eval_string("Hi <%= name %>, you have <%= length(items) %> items", name: "Ann", items: [1, 2]))
    IO.puts(EEx.eval_string("<%= for i <- 1..3 do %>[<%= i %>]<% end %>"))
    IO.puts(EEx.eval_string("<%= if ok do %>yes<% else %>no<% end %>", ok: false))
    IO.puts(EEx.eval_string("<%# comment %>a<%% literal %>b"))
    IO.puts(EEx.eval_string("<%= @title %>", assigns: [title: "assigns"]))
    quoted = EEx.compile_string("<%= a %>+<%= b %>")
    IO.inspect(Code.eval_quoted(quoted, a: 1, b: 2) |> elem(0))

    try do
      EEx.eval_string("<%= unclosed")
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end
