#!/usr/bin/env bash
# Measures the packaged app's start under a real X server (Xvfb), the way measure-window.sh measures the jar:
# the time from the JVM's start to the first frame showing the sample case, and to the first frame after its
# analysis (the window is interactive and flagged), against a bare JavaFX window started the same way, through
# the same launcher, runtime and options, in the same run. Three configurations, alternating:
#   before     the image built with --no-cds (trimmed runtime, the JDK's own CDS archive), without the
#              launcher's JIT options: a plain jpackage image          (target/dist-nocds/)
#   AppCDS     the image with the AppCDS archive, without the JIT options (target/dist/, built with
#              --with-archive: the state the shipped image reaches after its first start)
#   shipped    the image with the AppCDS archive and the launcher's options as built (target/dist/)
# The bare window of `java -cp` on the system JDK (as measure-window.sh starts it) is printed for reference.
#
# Usage: src/scripts/measure-package.sh [--rebuild] [RUNS]   (default 7; builds the images when missing)
# Needs xvfb-run (apt-get install -y xvfb xauth libgtk-3-0). Medians are printed with every run's figure and the
# load average before and after, since other work on the machine moves these figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rebuild=0
[ "${1:-}" = --rebuild ] && { rebuild=1; shift; }
runs=${1:-7}
work=target/package-bench
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install -y xvfb xauth libgtk-3-0)" >&2; exit 2; }
[ -f target/corroborate.jar ] || ./mvnw -B -q -DskipTests package
if [ "$rebuild" = 1 ] || [ ! -f target/dist/Corroborate/lib/app/corroborate.archive-made ]; then
  jpackage/build.sh --type app-image --skip-maven --with-archive
fi
if [ "$rebuild" = 1 ] || [ ! -x target/dist-nocds/Corroborate/bin/Corroborate ]; then
  jpackage/build.sh --type app-image --skip-maven --no-cds --dest target/dist-nocds
fi
rm -rf "$work"
mkdir -p "$work"
home=$(cd "$work" && pwd)/home

# Extra launchers in each image whose configuration is the app's own but for the main class (the window
# benchmark, which opens the sample case as the app does and prints its figures) and, for "before" and
# "AppCDS", without the JIT options; removed on exit.
jit='/TieredStopAtLevel\|UsePerfData/d'
bench_launchers() {
  for image in target/dist/Corroborate target/dist-nocds/Corroborate; do
    for name in shipped plain; do
      if [ "$1" = add ]; then
        cp "$image/bin/Corroborate" "$image/bin/measure-$name"
        filter='s/^app.mainclass=.*/app.mainclass=app.corroborate.ui.WindowBench$Main/'
        [ "$name" = plain ] && filter="$filter;$jit"
        sed "$filter" "$image/lib/app/Corroborate.cfg" > "$image/lib/app/measure-$name.cfg"
      else
        rm -f "$image/bin/measure-$name" "$image/lib/app/measure-$name.cfg"
      fi
    done
  done
}
trap 'bench_launchers remove' EXIT
bench_launchers add
configs="before:dist-nocds:plain appcds:dist:plain shipped:dist:shipped"

xvfb() { xvfb-run -a -s "-screen 0 1600x1000x24" "$@" </dev/null 2>/dev/null | tail -1; }
packaged() { # packaged CONFIG MODE
  local dist=${1#*:}; local launcher=${dist#*:}; dist=${dist%%:*}
  JAVA_TOOL_OPTIONS="-Dcorroborate.home=$home" xvfb "target/$dist/Corroborate/bin/measure-$launcher" "--mode=$2"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
figures() { tr '\n' ' ' < "$work/$1"; }

echo "load before: $(uptime | sed 's/.*load average/load average/')"
# The sample copy is made on the first start; measure the starts after it, as an editor's second day.
packaged shipped:dist:shipped startup >/dev/null
for i in $(seq "$runs"); do
  for config in $configs; do
    c=${config%%:*}
    packaged "$config" bare | awk '{print $2}' >> "$work/$c-bare"
    line=$(packaged "$config" startup)
    echo "$line" | awk '{print $2}' >> "$work/$c-interactive"
    echo "$line" | sed -n 's/.*shown at \([0-9]*\) ms.*/\1/p' >> "$work/$c-shown"
  done
  xvfb java -cp "target/corroborate.jar:target/lib/*" 'app.corroborate.ui.WindowBench$Main' --mode=bare \
    | awk '{print $2}' >> "$work/jdk-bare"
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

echo "== packaged app, JVM start to first frame (ms), median of $runs runs =="
before_bare=$(median < "$work/before-bare")
for config in $configs; do
  c=${config%%:*}
  b=$(median < "$work/$c-bare"); s=$(median < "$work/$c-shown"); a=$(median < "$work/$c-interactive")
  echo "$c:"
  echo "  bare JavaFX window, same launcher:  $b   ($(figures "$c-bare"))"
  echo "  sample case shown:                  $s   ($(figures "$c-shown"))"
  echo "  sample case analysed (interactive): $a   ($(figures "$c-interactive"))"
  awk -v s="$s" -v a="$a" -v b="$b" -v p="$before_bare" 'BEGIN {printf "  ratio to this bare window: shown %.2f, analysed %.2f; to the plain image'"'"'s bare window: shown %.2f, analysed %.2f (goal <= 1.2)\n", s / b, a / b, s / p, a / p}'
done
echo "reference: bare JavaFX window, java -cp on the system JDK: $(median < "$work/jdk-bare")   ($(figures jdk-bare))"
