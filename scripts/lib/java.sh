# Sourced by scripts/capaian and scripts/run: starts target/capaian.jar with the JVM settings that measured best
# for the command (BENCHMARKS.md, "Start-up"), and a class-data-sharing archive of the command's own classes.
#
# The archive (target/cds/COMMAND.jsa) is written by the command's first run after each build (JDK 17
# -XX:ArchiveClassesAtExit) and used by the later ones (-XX:SharedArchiveFile); a jar newer than the archive
# makes the next run write it again. Any failure only means running without it: nothing to set up, nothing
# printed. CAPAIAN_CDS=off runs without an archive.

# Whether the kernel gives transparent huge pages to a process that asks for them (and only then).
capaian_thp_madvise() {
  local f=/sys/kernel/mm/transparent_hugepage/enabled
  [[ -r "$f" ]] && grep -q '\[madvise\]' "$f"
}

# capaian_java COMMAND-ARGS...: runs the jar (never returns: exits with the command's status).
capaian_java() {
  local jar=target/capaian.jar cmd="${1:-help}"
  [[ "$cmd" =~ ^[a-z-]+$ ]] || cmd=other
  # A JVM out of memory stops at once (the supervisor restarts it) instead of limping on with dead threads.
  local opts=(-Xmx1g -XX:+ExitOnOutOfMemoryError -Xshare:auto '-Xlog:cds*=off')
  # Every command but the server runs C1 only and the serial collector with a small young generation. Short runs
  # spend more CPU compiling than working, and since the core got lean even a 100,000-row process is faster
  # without C2, which compiled for about 9 s of CPU on 2 cores. A young generation of 16 MB touches little fresh
  # memory, and the rows, which all live to the end, are copied out of it a few thousand at a time, so that each
  # row's objects end up near each other: 100,000 rows in 256 MB took 5.1 s this way against 5.6 s with a tenth of
  # the heap, 6.4-6.7 s with G1 and 8-10 s with the serial collector's default sizing. A rekap reads many small
  # workbooks on two threads: there a tenth of the heap measured as well or better (BENCHMARKS.md, "C1 and the
  # serial collector for every command").
  if [[ "$cmd" != serve ]]; then
    opts+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
    if [[ "$cmd" == consolidate || "$cmd" == evaluasi-rkpd ]]; then
      opts+=(-XX:NewRatio=9)
    else
      opts+=(-Xmn16m)
    fi
    # Huge pages for the heap where the kernel gives them on request: a short run touches its heap for the first
    # time, and a fault per 2 MB instead of per 4 KB took 6-13 % off a 300 to 100,000-row process. Only asked
    # where offered, since the JVM warns on stderr otherwise.
    capaian_thp_madvise && opts+=(-XX:+UseTransparentHugePages)
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
