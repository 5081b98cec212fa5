#!/bin/sh
# Set up a fresh Debian 12 machine (Node 20 present) for beamjs: Erlang/OTP and
# Elixir from Debian when they are missing (they are the reference the tests
# compare against, and their .beam files are what beamjs runs), OTP's sources
# (erlang-src: tests read prim_file.erl's NIF list and compile stdlib sources on
# both sides), then the npm packages and the TypeScript build.
set -e
cd "$(dirname "$0")/.."
need=""
command -v erl >/dev/null 2>&1 || need="$need erlang-nox erlang-dev"
command -v elixir >/dev/null 2>&1 || need="$need elixir"
ls /usr/lib/erlang/lib/stdlib-*/src/lists.erl >/dev/null 2>&1 || need="$need erlang-src"
if [ -n "$need" ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error
npm run build --silent
