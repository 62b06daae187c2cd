#!/usr/bin/env bash
# Where the server's request threads spent their time in a Java Flight Recording (server-bench.sh with
# JFR=FILE): each execution sample of a corridor-http thread is put in one group by its stack, and the
# groups are printed as shares of those samples. A route request's groups, checked in this order:
# routing (the search and the route's explanation: corridor.routing), JSON (the answer written:
# Jackson, RouteJson, GeoJson, corridor.server.http.Json, RepeatedText), request parsing (parameters,
# places: RouteRequest, Params, PlaceIndex, RequestText); the rest of the route handler; anything
# else on the request threads is HTTP (Jetty, Javalin, the filters, headers, writing the bytes).
# Samples of other threads (JFR, the JIT's are not sampled) are left out.
#
#   bench/src/main/scripts/server/jfr-breakdown.sh FILE.jfr
set -euo pipefail
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: jfr-breakdown.sh FILE.jfr" >&2; exit 2; }
jfr print --stack-depth 300 --events jdk.ExecutionSample "$1" | awk '
  function flush() {
    if (!inside || thread !~ /^"corridor-http/) { inside = 0; return }
    if (stack ~ /RouteApi\.route\(/) {
      if (stack ~ /corridor\.routing\./) group = "routing (search, explanation)"
      else if (stack ~ /jackson|RouteJson|GeoJson|corridor\.server\.http\.Json\.|RepeatedText/) group = "JSON (the answer written)"
      else if (stack ~ /RouteRequest|Params\.|PlaceIndex|RouteApi\.query|RouteApi\.request/) group = "request parsing, places"
      else group = "route handler, other"
    } else if (stack ~ /RequestText\./) group = "request parsing, places"
    else group = "HTTP (Jetty, Javalin, filters, headers, writing)"
    count[group]++; total++; inside = 0
  }
  /^jdk\.ExecutionSample/ { inside = 1; stack = ""; thread = ""; next }
  /sampledThread = / { sub(/.*sampledThread = /, ""); thread = $0; next }
  /^}/ { flush(); next }
  inside { stack = stack " " $1 }
  END {
    printf "%d samples of the request threads\n", total
    for (g in count) printf "%6.1f%%  %s\n", 100 * count[g] / total, g | "sort -rn"
  }'
