#!/usr/bin/env bash
# Run by 'mvn package' after the jar: writes target/metaverse-atlas (the jar's launch script) and, where a display
# (or xvfb-run) is at hand, target/metaverse-atlas.jsa, a class-data archive of one launch of the window (AppCDS,
# -XX:ArchiveClassesAtExit): the classes a launch loads, already parsed and verified, so that later launches map them
# instead of loading them from the jars. Optional: without a display, or if anything fails, the archive is left out
# and the launch script starts the jar without it. -Dcds.skip=true leaves it out on purpose.
set -u
target=${1:-target}
skip=${2:-false}
launcher=$target/metaverse-atlas
archive=$target/metaverse-atlas.jsa
cat > "$launcher" <<'SCRIPT'
#!/bin/sh
# Starts Metaverse Atlas with the class-data archive made by 'mvn package' when there is one (faster launches).
# An import runs with the serial collector (unless JAVA_OPTS names a collector): it then takes the memory its data
# needs, where the default collector takes gigabytes of heap it has no use for.
here=$(dirname "$0")
gc=
case "${1:-}" in
  import) case "${JAVA_OPTS:-}" in *GC*) ;; *) gc=-XX:+UseSerialGC ;; esac ;;
esac
if [ -f "$here/metaverse-atlas.jsa" ]; then
  exec java -XX:SharedArchiveFile="$here/metaverse-atlas.jsa" -Xshare:auto $gc $JAVA_OPTS -jar "$here/metaverse-atlas.jar" "$@"
fi
exec java $gc $JAVA_OPTS -jar "$here/metaverse-atlas.jar" "$@"
SCRIPT
chmod +x "$launcher"
rm -f "$archive"
if [ "$skip" = true ]; then
  echo "class-data archive: skipped (-Dcds.skip=true)"
  exit 0
fi
if [ -n "${DISPLAY:-}" ]; then
  run=()
elif command -v xvfb-run >/dev/null 2>&1; then
  run=(xvfb-run -a -s "-screen 0 1600x1000x24")
else
  echo "class-data archive: skipped (no display and no xvfb-run); the jar starts without it"
  exit 0
fi
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# One first launch (store created, bundled dataset loaded, window drawn with the data), closed by itself.
if timeout 180 "${run[@]}" java -XX:ArchiveClassesAtExit="$archive" -Dmetaverseatlas.startupTrace=exit \
    -jar "$target/metaverse-atlas.jar" --data-dir "$training/data" >"$training/log" 2>&1 && [ -f "$archive" ]; then
  echo "class-data archive: $archive"
else
  rm -f "$archive"
  echo "class-data archive: not made (the jar starts without it):"
  tail -5 "$training/log"
fi
exit 0
