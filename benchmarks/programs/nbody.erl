-module(nbody).
%% Benchmarks-game n-body: float arithmetic on a tuple of planets, advanced step by step.
-export([main/1]).
-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).
bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * ?DAYS_PER_YEAR, 7.69901118419740425e-03 * ?DAYS_PER_YEAR,
      -6.90460016972063023e-05 * ?DAYS_PER_YEAR, 9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * ?DAYS_PER_YEAR, 4.99852801234917238e-03 * ?DAYS_PER_YEAR,
      2.30417297573763929e-05 * ?DAYS_PER_YEAR, 2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * ?DAYS_PER_YEAR, 2.37847173959480950e-03 * ?DAYS_PER_YEAR,
      -2.96589568540237556e-05 * ?DAYS_PER_YEAR, 4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * ?DAYS_PER_YEAR, 1.62824170038242295e-03 * ?DAYS_PER_YEAR,
      -9.51592254519715870e-05 * ?DAYS_PER_YEAR, 5.15138902046611451e-05 * ?SOLAR_MASS}].
offset_momentum(Bodies) ->
    {Px, Py, Pz} = lists:foldl(fun({_, _, _, Vx, Vy, Vz, M}, {Px, Py, Pz}) ->
                                       {Px + Vx * M, Py + Vy * M, Pz + Vz * M}
                               end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, _, _, _, M} | Rest] = Bodies,
    [{X, Y, Z, -Px / ?SOLAR_MASS, -Py / ?SOLAR_MASS, -Pz / ?SOLAR_MASS, M} | Rest].
energy([]) -> 0.0;
energy([{X, Y, Z, Vx, Vy, Vz, M} | Rest]) ->
    Pot = lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, E) ->
                              Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
                              E - M * M2 / math:sqrt(Dx * Dx + Dy * Dy + Dz * Dz)
                      end, 0.0, Rest),
    0.5 * M * (Vx * Vx + Vy * Vy + Vz * Vz) + Pot + energy(Rest).
%% One step: update velocities pairwise, then move every body.
advance(Bodies, Dt) ->
    [{X + Dt * Vx, Y + Dt * Vy, Z + Dt * Vz, Vx, Vy, Vz, M}
     || {X, Y, Z, Vx, Vy, Vz, M} <- velocities(Bodies, Dt)].
velocities([], _Dt) -> [];
velocities([B | Rest], Dt) ->
    {Rest1, B1} = lists:mapfoldl(fun(B2, Bacc) -> pair(Bacc, B2, Dt) end, B, Rest),
    [B1 | velocities(Rest1, Dt)].
pair({X, Y, Z, Vx, Vy, Vz, M}, {X2, Y2, Z2, Vx2, Vy2, Vz2, M2}, Dt) ->
    Dx = X - X2, Dy = Y - Y2, Dz = Z - Z2,
    D2 = Dx * Dx + Dy * Dy + Dz * Dz,
    Mag = Dt / (D2 * math:sqrt(D2)),
    {{X2, Y2, Z2, Vx2 + Dx * M * Mag, Vy2 + Dy * M * Mag, Vz2 + Dz * M * Mag, M2},
     {X, Y, Z, Vx - Dx * M2 * Mag, Vy - Dy * M2 * Mag, Vz - Dz * M2 * Mag, M}}.
steps(0, Bodies) -> Bodies;
steps(N, Bodies) -> steps(N - 1, advance(Bodies, 0.01)).
main(Args) ->
    N = case Args of [A] -> list_to_integer(A); _ -> 200000 end,
    steps(1000, offset_momentum(bodies())),
    T0 = erlang:monotonic_time(microsecond),
    B0 = offset_momentum(bodies()),
    E0 = energy(B0),
    E1 = energy(steps(N, B0)),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({digest, round(E0 * 1.0e9), round(E1 * 1.0e9)}),
    erlang:display({time_us, T1 - T0}).
