# Sourced by scripts/capaian and scripts/run: starts target/capaian.jar with the JVM settings that measured best
# for the command (BENCHMARKS.md, "Start-up"), and a class-data-sharing archive of the command's own classes.
#
# The archive (target/cds/COMMAND.jsa) is written by the command's first run after each build (JDK 17
# -XX:ArchiveClassesAtExit) and used by the later ones (-XX:SharedArchiveFile); a jar newer than the archive
# makes the next run write it again. Any failure only means running without it: nothing to set up, nothing
# printed. CAPAIAN_CDS=off runs without an archive.

# Bytes of the existing files and directories among the arguments: what the command will read.
capaian_input_bytes() {
  local total=0 a n
  for a in "$@"; do
    [[ -e "$a" ]] || continue
    n=$(du -sb -- "$a" 2>/dev/null | cut -f1) || n=0
    total=$((total + ${n:-0}))
  done
  echo "$total"
}

# capaian_java COMMAND-ARGS...: runs the jar (never returns: exits with the command's status).
capaian_java() {
  local jar=target/capaian.jar cmd="${1:-help}"
  [[ "$cmd" =~ ^[a-z-]+$ ]] || cmd=other
  # A JVM out of memory stops at once (the supervisor restarts it) instead of limping on with dead threads.
  local opts=(-Xmx1g -XX:+ExitOnOutOfMemoryError -Xshare:auto '-Xlog:cds*=off')
  # Every command but the server runs C1 only: short runs spend more CPU compiling than working, and since the
  # core got lean even a 100,000-row process is faster without C2 (6.7-7.1 s against 8.0-8.7 s in 256 MB: C2
  # compiled for about 9 s of CPU on a 2-core machine, BENCHMARKS.md "C1 for every command"). The serial
  # collector is the fastest for inputs under 4 MB of workbooks (about 50,000 rows; 64 MB for a rekap of many small
  # ones); a larger form keeps G1, which copes with a heap nearly full of rows where the serial one does not.
  local serial_below=4000000
  [[ "$cmd" == consolidate ]] && serial_below=64000000
  if [[ "$cmd" != serve ]]; then
    opts+=(-XX:TieredStopAtLevel=1)
    [[ $(capaian_input_bytes "${@:2}") -lt $serial_below ]] && opts+=(-XX:+UseSerialGC)
  fi
  # The server: the throughput collector. On 2 cores it answered 8 clients' 300-row uploads 20-30 % faster than
  # G1 (fewer concurrent GC threads competing with the work), with young pauses under 0.1 s (BENCHMARKS.md).
  if [[ "$cmd" == serve ]]; then
    opts+=(-XX:+UseParallelGC)
  fi
  local archive="target/cds/$cmd.jsa"
  if [[ "${CAPAIAN_CDS:-on}" == off ]]; then
    exec java "${opts[@]}" -jar "$jar" "$@"
  fi
  if [[ -f "$archive" && ! "$jar" -nt "$archive" ]]; then
    exec java "${opts[@]}" -XX:SharedArchiveFile="$archive" -jar "$jar" "$@"
  fi
  mkdir -p target/cds 2>/dev/null || exec java "${opts[@]}" -jar "$jar" "$@"
  # First run since the build: record the classes it loads. Written under a name of its own, checked, then
  # moved into place, so that two first runs at once never leave a half-written archive.
  local tmp="target/cds/$cmd.jsa.$$" rc pid
  rm -f "$archive"
  java "${opts[@]}" -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" "$@" <&0 &
  pid=$!
  # Background children of a script ignore Ctrl-C: pass it on (and a supervisor's SIGTERM) as SIGTERM, the
  # server's graceful stop.
  trap 'kill -TERM "$pid" 2>/dev/null' INT TERM
  while :; do
    wait "$pid" && rc=0 || rc=$?
    kill -0 "$pid" 2>/dev/null || break
  done
  trap - INT TERM
  # Only a run that did its work (0, 1: errors found, 143: stopped) has loaded the classes worth keeping.
  if [[ "$rc" =~ ^(0|1|143)$ && -s "$tmp" ]] && java -Xshare:on -XX:SharedArchiveFile="$tmp" '-Xlog:cds*=off' -cp "$jar" -version >/dev/null 2>&1; then
    mv -f "$tmp" "$archive" 2>/dev/null || rm -f "$tmp"
  else
    rm -f "$tmp"
  fi
  exit "$rc"
}
