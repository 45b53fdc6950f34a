#!/usr/bin/env bash
# Time from process start to the first frame that shows the data (the pulse in which the timeline, the map and the
# table have all drawn the catalog, as the app reports it with -Dmetaverseatlas.startupTrace), against the first
# frame of an empty JavaFX window in the same run; median of N runs each, under Xvfb. Measured: a first launch (empty
# data folder: creates the store, loads the bundled dataset), a later launch, and a later launch of a store of
# 100,000 generated initiatives (made once per run of this script with 'generate' and 'import').
# Usage: mvn -q package -DskipTests && mvn -q test-compile && src/test/scripts/startup-time.sh [N]
# Environment: JAVA_LAUNCH (default: target/metaverse-atlas, the launcher script 'mvn package' writes, which uses the
# class-data archive when there is one; 'java -jar target/metaverse-atlas.jar' measures the bare jar);
# LARGE_STORE (a data folder to reuse as the 100,000 store; made if it does not exist); SKIP_LARGE=1 to leave it out.
# Needs: xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
display=:97
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=$display
classpath="target/test-classes:target/metaverse-atlas.jar:$(ls target/lib/*.jar | tr '\n' ':')"
if [ -n "${JAVA_LAUNCH:-}" ]; then
  read -r -a launch <<< "$JAVA_LAUNCH"
elif [ -x target/metaverse-atlas ]; then
  launch=(target/metaverse-atlas)
else
  launch=(java -jar target/metaverse-atlas.jar)
fi
trace=(-Dmetaverseatlas.startupTrace=exit)

# Runs a launch that reports its phases and closes itself; prints its "startup" lines.
phases() { # command...
  local log=$work/log
  if ! timeout 120 "$@" >"$log" 2>&1; then
    echo "launch failed: $*" >&2
    cat "$log" >&2
    return 1
  fi
  grep '^startup ' "$log"
}

# The milliseconds of one phase in the output of phases().
phase() { awk -v p="$1" '$2 == p {print $3}'; }

app() { # data folder
  JAVA_TOOL_OPTIONS="${trace[*]}" phases "${launch[@]}" --data-dir "$1"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

large=${LARGE_STORE:-target/startup-store-100000}
if [ "${SKIP_LARGE:-0}" != 1 ] && [ ! -d "$large" ]; then
  echo "making a store of 100,000 generated initiatives in $large (a few minutes)..." >&2
  java -jar target/metaverse-atlas.jar generate --count 100000 --out "$work/generated.json" >/dev/null
  java -jar target/metaverse-atlas.jar import --data-dir "$large" "$work/generated.json" >/dev/null
  rm -f "$work/generated.json"
fi
if [ "${SKIP_LARGE:-0}" != 1 ]; then
  app "$large" >/dev/null # a launch of this build first, so that the measured ones are later launches
fi

declare -A figures
record() { figures[$1]+="$2 "; }
for i in $(seq "$runs"); do
  out=$(phases java "${trace[@]}" -cp "$classpath" org.metaverseatlas.tools.EmptyWindow)
  record empty "$(phase first-frame <<< "$out")"
  data=$work/data-$i
  out=$(app "$data"); record first "$(phase first-data-frame <<< "$out")"
  out=$(app "$data")
  for p in javafx-started window-shown views-built store-open catalog-read catalog-taken map-geometry-ready first-data-frame; do
    record "later-$p" "$(phase $p <<< "$out")"
  done
  if [ "${SKIP_LARGE:-0}" != 1 ]; then
    out=$(app "$large")
    for p in store-open catalog-read first-data-frame; do record "large-$p" "$(phase $p <<< "$out")"; done
  fi
  rm -rf "$data"
done

med() { tr ' ' '\n' <<< "${figures[$1]}" | grep . | median; }
empty=$(med empty)
# The median of the ratios run by run (each launch against the empty window of the same round), which follows the
# machine's swings in speed better than a ratio of medians.
ratio() { # key
  paste -d' ' <(tr ' ' '\n' <<< "${figures[$1]}" | grep .) <(tr ' ' '\n' <<< "${figures[empty]}" | grep .) \
    | awk '{printf "%.3f\n", $1 / $2}' | median | awk '{printf "%.2f", $1}'
}
line() { # label, key
  local m
  m=$(med "$2")
  printf '%-52s %6s ms  %5sx  %5sx  (%s)\n' "$1" "$m" "$(awk -v a="$m" -v b="$empty" 'BEGIN {printf "%.2f", a / b}')" \
    "$(ratio "$2")" "$(sed 's/ $//' <<< "${figures[$2]}")"
}
echo "launch: ${launch[*]}; medians of $runs runs"
echo "columns: median, its ratio to the empty window's median, median of the run-by-run ratios, each run"
line "empty JavaFX window, first frame" empty
line "first launch, first frame with data" first
line "later launch, first frame with data" later-first-data-frame
if [ "${SKIP_LARGE:-0}" != 1 ]; then
  line "later launch, 100,000 store, first frame with data" large-first-data-frame
fi
echo "phases of the later launch (medians):"
for p in javafx-started window-shown views-built store-open catalog-read catalog-taken map-geometry-ready; do
  line "  $p" "later-$p"
done
if [ "${SKIP_LARGE:-0}" != 1 ]; then
  echo "phases of the later launch of the 100,000 store (medians):"
  for p in store-open catalog-read; do line "  $p" "large-$p"; done
fi
