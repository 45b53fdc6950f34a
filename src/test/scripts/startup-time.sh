#!/usr/bin/env bash
# Time from process start to a mapped window, for an empty JavaFX window and for Metaverse Atlas (first launch on
# an empty data folder, then later launches), median of N runs each, under Xvfb.
# Usage: mvn -q package -DskipTests && mvn -q test-compile && src/test/scripts/startup-time.sh [N]
# Needs: xvfb, xdotool (apt-get install -y xvfb xdotool libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
display=:97
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
classpath="target/test-classes:target/metaverse-atlas.jar:$(ls target/lib/*.jar | tr '\n' ':')"

time_to_window() { # title, command...
  local title=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  sleep 0.5
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

empty=(); first=(); later=()
for i in $(seq "$runs"); do
  empty+=("$(time_to_window "Empty JavaFX window" java -cp "$classpath" org.metaverseatlas.tools.EmptyWindow)")
  data=$(mktemp -d)
  first+=("$(time_to_window "Metaverse Atlas" java -jar target/metaverse-atlas.jar --data-dir "$data")")
  later+=("$(time_to_window "Metaverse Atlas" java -jar target/metaverse-atlas.jar --data-dir "$data")")
  rm -rf "$data"
done
printf 'empty JavaFX window\t%s ms (median of %d: %s)\n' "$(printf '%s\n' "${empty[@]}" | median)" "$runs" "${empty[*]}"
printf 'first launch\t%s ms (median of %d: %s)\n' "$(printf '%s\n' "${first[@]}" | median)" "$runs" "${first[*]}"
printf 'later launch\t%s ms (median of %d: %s)\n' "$(printf '%s\n' "${later[@]}" | median)" "$runs" "${later[*]}"
