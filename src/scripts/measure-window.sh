#!/usr/bin/env bash
# Measures the workbench window under a real X server (Xvfb), as an editor meets it:
#   1. start to an interactive window on the sample case, against a bare JavaFX window started the same way;
#   2. switching the compared source at 10 KB;
#   3. frame times while scrolling two 1 MB sources.
# Usage: src/scripts/measure-window.sh [RUNS]   (needs xvfb-run; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=target/window-bench
mkdir -p "$work"
[ -f target/corroborate.jar ] || ./mvnw -B -q -DskipTests package
command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt-get install -y xvfb xauth libgtk-3-0)" >&2; exit 2; }

cp="target/corroborate.jar:target/lib/*"
home="$work/home"
run() { xvfb-run -a -s "-screen 0 1600x1000x24" java -Dcorroborate.home="$home" -cp "$cp" app.corroborate.ui.WindowBench\$Main "$@" 2>/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The sample copy is made on first start; measure the starts after it, as an editor's second day.
run --mode=startup >/dev/null
if [ "${SKIP_START:-}" = "" ]; then
echo "== start to first frame (ms), $runs runs each, alternating =="
: > "$work/bare"; : > "$work/app"; : > "$work/tuned"
for i in $(seq "$runs"); do
  run --mode=bare | awk '{print $2}' >> "$work/bare"
  run --mode=bare --tuned | awk '{print $2}' >> "$work/tuned"
  run --mode=startup | awk '{print $2}' >> "$work/app"
done
b=$(median < "$work/bare"); a=$(median < "$work/app"); t=$(median < "$work/tuned")
echo "bare JavaFX window: median $b ms ($(tr '\n' ' ' < "$work/bare"))"
echo "(the bare window started as the workbench starts, tuned: median $t ms)"
echo "workbench, sample case analysed and shown: median $a ms ($(tr '\n' ' ' < "$work/app"))"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio: %.2f (goal <= 1.30)\n", a / b}'
fi

gen() { python3 ../shared/bench/gen_corpus.py --seed 7 --sizes "$1" --versions "$2" --out "$work/corpus" >/dev/null; }
# The generator's sizes are 5k, 20k, 50k, 500k, 5m: cut each version at the last paragraph break before the size.
cut() { python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read(); n=int(sys.argv[2]); k=t.rfind("\n\n",0,n); open(sys.argv[3],"w",encoding="utf-8").write(t[:k if k>0 else n])' "$@"; }
if [ -f ../shared/bench/gen_corpus.py ]; then
  gen 20k 5
  mkdir -p "$work/10k"
  for v in 0 1 2 3 4; do cut "$work/corpus/20k/v$v.txt" 10000 "$work/10k/v$v.txt"; done
  rm -f "$work/switch.corroborate"*
  java -jar target/corroborate.jar case init "$work/switch.corroborate" "$work"/10k/v{0,1,2,3,4}.txt >/dev/null
  echo "== switching the compared source, 10 KB, 5 versions ($(wc -c < "$work/10k/v0.txt") bytes) =="
  run --mode=switch --case="$work/switch.corroborate"
  gen 5m 2
  mkdir -p "$work/1m"
  for v in 0 1; do cut "$work/corpus/5m/v$v.txt" 1000000 "$work/1m/v$v.txt"; done
  rm -f "$work/scroll.corroborate"*
  java -jar target/corroborate.jar case init "$work/scroll.corroborate" "$work"/1m/v{0,1}.txt >/dev/null
  echo "== scrolling two 1 MB sources ($(wc -c < "$work/1m/v0.txt") bytes), both panes, frame times =="
  run --mode=scroll --case="$work/scroll.corroborate"
else
  echo "../shared/bench/gen_corpus.py is absent: the switch and scroll figures need it" >&2
fi
