#!/usr/bin/env bash
# Benchmarks goalchain against two baselines on the same generated corpus, on
# one core and on two, and prints the throughputs (MB/s, documents/s), the
# ratios, the scaling from -j 1 to -j 2, peak memory (also with --format jsonl
# on a corpus ten times the size), results.json's size and the engine's
# throughput. See bench/README.md.
#
#   bench/run.sh            build (Release, bench on), generate bench/corpus if
#                           missing, run everything; outputs in bench/out/
#   BENCH_RUNS=5 bench/run.sh     timed runs per command (default 3, after one warm-up)
#   BENCH_CPU=1 bench/run.sh      the core to pin to (default 0)
#   BENCH_TIMER=time bench/run.sh time with /usr/bin/time even when hyperfine is installed
#   BENCH_CORPUS=DIR BENCH_MEGABYTES=5 bench/run.sh   another corpus folder, and its size
#                                 when it has to be generated (default bench/corpus, 110)
#   GOALCHAIN_BENCH_BINARY=build/goalchain bench/run.sh   time that program as it is, without
#                                 building a Release one (and without the engine benchmark)
#   BENCH_SCALE=10 bench/run.sh   the size of the big corpus for the jsonl memory run, as a
#                                 multiple of the corpus (default 10; 0 leaves the run out):
#                                 that many hard-linked copies in bench/corpus-10x
#                                 (BENCH_SCALE_CORPUS=DIR)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${GOALCHAIN_BENCH_BUILD:-$root/build-bench}
corpus=${BENCH_CORPUS:-$here/corpus}
megabytes=${BENCH_MEGABYTES:-110}
scale=${BENCH_SCALE:-10}
scale_corpus=${BENCH_SCALE_CORPUS:-$here/corpus-${scale}x}
out=$here/out
runs=${BENCH_RUNS:-3}
cpu=${BENCH_CPU:-0}
python=/usr/bin/python3  # Debian's, which sees python3-ahocorasick and python3-yaml

say() { printf 'bench/run.sh: %s\n' "$*" >&2; }

# --- 1. what the benchmark needs (not part of scripts/setup-debian.sh: CI does not run it)
packages=(cmake ninja-build g++ pkg-config libbenchmark-dev ripgrep python3 python3-ahocorasick
          python3-yaml hyperfine util-linux time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing packages: ${missing[*]}"
    say "run as root, or: sudo apt-get install ${missing[*]}"
    [[ " ${missing[*]} " == " hyperfine " ]] || exit 1
    say "going on without hyperfine: timing with /usr/bin/time"
  fi
fi

# --- 2. a Release build with the benchmarks
if [[ -n ${GOALCHAIN_BENCH_BINARY:-} ]]; then
  goalchain=$GOALCHAIN_BENCH_BINARY  # as built, say by scripts/build.sh; no engine benchmark
  say "using $goalchain as it was built; the engine benchmark is left out"
else
  say "building $build (Release, GOALCHAIN_BUILD_BENCH=ON)"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOALCHAIN_BUILD_BENCH=ON \
    -DGOALCHAIN_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target goalchain matcher_bench >/dev/null
  goalchain=$build/goalchain
fi

# --- 3. the corpus, generated once (deterministic: seed 2021, 110 MB by default)
if [[ ! -f $corpus/.complete ]]; then
  say "generating the corpus in $corpus"
  "$python" "$here/generate_corpus.py" --out "$corpus" --megabytes "$megabytes"
fi
# The big corpus: `scale` copies of the corpus, hard links in subfolders
# (copy-01/ ...), so it costs no disk and no generating; what grows is the
# number of documents. Its results.jsonl (about 2.5 times it, format 3) needs
# room: the run is left out, and said, when the disk is short.
if ((scale > 0)); then
  corpus_mb=$(du -smL "$corpus" | awk '{ print $1 }')
  free_mb=$(df -Pm "$here" | awk 'NR == 2 { print $4 }')
  need_mb=$(( corpus_mb * scale * 4 ))
  if ((free_mb < need_mb)); then
    say "only $free_mb MB free, $need_mb MB needed: no run on the ${scale}x corpus"
    scale=0
  elif [[ ! -f $scale_corpus/.complete ]]; then
    say "linking $scale copies of the corpus into $scale_corpus"
    rm -rf "$scale_corpus"
    mkdir -p "$scale_corpus"
    for ((copy = 1; copy <= scale; copy++)); do
      cp -al "$corpus" "$scale_corpus/$(printf 'copy-%02d' "$copy")"
    done
    touch "$scale_corpus/.complete"
  fi
fi
export GOALCHAIN_BENCH_CORPUS=$corpus  # for matcher_bench
files=$(find "$corpus" -maxdepth 1 -name '*.txt' | wc -l)
bytes=$(find "$corpus" -maxdepth 1 -name '*.txt' -print0 | xargs -0 cat | wc -c)

# --- 4. the literal terms of the codebook, for both baselines
mkdir -p "$out"
"$python" "$here/codebook_terms.py" "$root/codebooks/pmh-sv.yaml" >"$out/terms.txt"
terms=$(wc -l <"$out/terms.txt")

jobs="-j 1"
pin="taskset -c $cpu"
pin2="taskset -c 0,1"  # -j 2 on both cores
rg_cmd="$pin rg --count-matches -i -w -F -f $out/terms.txt $corpus >$out/ripgrep-counts.txt"
py_cmd="$pin $python $here/count_terms_ahocorasick.py $out/terms.txt $corpus >$out/python-counts.txt"
gc_cmd="$pin $goalchain code --progress never --format json $jobs -o $out/code $corpus >$out/goalchain-stdout.txt"
gc2_cmd="$pin2 $goalchain code --progress never --format json -j 2 -o $out/code2 $corpus >$out/goalchain2-stdout.txt"
# goalchain writes a results.json of about 2.6 times the corpus (format 3; 17
# times with format 1). Replacing the previous run's file makes the kernel
# free that one's pages inside this run (several seconds of system time for
# 1.9 GB), so goalchain is timed writing
# into an empty folder, the last run's output deleted and flushed before each
# run, untimed; and, for the record, also writing over the previous output.
gc_fresh="rm -rf $out/code && sync"
gc2_fresh="rm -rf $out/code2 && sync"

# --- 5. whole-program timings: mean wall time, and user+system CPU time
say "timing ripgrep, the Python script and goalchain on core $cpu ($runs runs each after a warm-up)"
if command -v hyperfine >/dev/null && [[ ${BENCH_TIMER:-hyperfine} != time ]]; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/hyperfine.json" \
    -n ripgrep "$rg_cmd" -n python "$py_cmd" >&2
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/hyperfine-goalchain.json" \
    --prepare "$gc_fresh" -n goalchain "$gc_cmd" >&2
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/hyperfine-overwrite.json" \
    -n goalchain_overwrite "$gc_cmd" >&2
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/hyperfine-j2.json" \
    --prepare "$gc2_fresh" -n goalchain_j2 "$gc2_cmd" >&2
  "$python" - "$out/hyperfine.json" "$out/hyperfine-goalchain.json" \
    "$out/hyperfine-overwrite.json" "$out/hyperfine-j2.json" >"$out/times.txt" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        print(r["command"], r["mean"], r["user"] + r["system"])
EOF
else
  : >"$out/times.txt"
  for pair in "ripgrep|$rg_cmd" "python|$py_cmd" "goalchain|$gc_cmd" "goalchain_overwrite|$gc_cmd" \
      "goalchain_j2|$gc2_cmd"; do
    name=${pair%%|*}; cmd=${pair#*|}
    bash -c "$cmd"  # warm-up
    for ((i = 0; i < runs; i++)); do
      [[ $name == goalchain ]] && bash -c "$gc_fresh"
      [[ $name == goalchain_j2 ]] && bash -c "$gc2_fresh"
      /usr/bin/time -f "$name %e %U %S" -a -o "$out/time-raw.txt" bash -c "$cmd"
    done
  done
  "$python" - "$out/time-raw.txt" >"$out/times.txt" <<'EOF'
import collections, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, system = line.split()
    runs[name].append((float(wall), float(user) + float(system)))
for name in ("ripgrep", "python", "goalchain", "goalchain_overwrite", "goalchain_j2"):
    r = runs[name]
    print(name, sum(w for w, _ in r) / len(r), sum(c for _, c in r) / len(r))
EOF
  rm -f "$out/time-raw.txt"
fi

# --- 6. peak memory (GNU time's maximum resident set size, KB): code --format json -j 1
# on the corpus; --format jsonl -j 2 on the corpus and on the one ten times its size
say "measuring peak memory"
peak_rss() {  # peak_rss NAME COMMAND...: one run, its peak RSS appended to rss.txt
  local name=$1; shift
  /usr/bin/time -f "$name %M %e" -a -o "$out/rss.txt" "$@" >/dev/null
}
: >"$out/rss.txt"
rm -rf "$out/code" && sync
peak_rss json_j1 $pin "$goalchain" code --progress never -q -f json -j 1 -o "$out/code" "$corpus"
rm -rf "$out/jsonl" && sync
peak_rss jsonl_1x $pin2 "$goalchain" code --progress never -q -f jsonl -j 2 -o "$out/jsonl" "$corpus"
if ((scale > 0)); then
  scale_files=$(find "$scale_corpus" -name '*.txt' | wc -l)
  scale_bytes=$(find "$scale_corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c)
  rm -rf "$out/jsonl-x$scale" && sync
  peak_rss "jsonl_${scale}x" $pin2 "$goalchain" code --progress never -q -f jsonl -j 2 \
    -o "$out/jsonl-x$scale" "$scale_corpus"
  du -sm "$out/jsonl-x$scale/results.jsonl" | awk '{ print "jsonl_scale_mb", $1 }' >>"$out/rss.txt"
  echo "scale_corpus $scale_files $scale_bytes $scale" >>"$out/rss.txt"
  rm -rf "$out/jsonl-x$scale"  # about ten times the big corpus
fi
uptime >"$out/load.txt"

# --- 7. the engine alone (Google Benchmark)
rm -f "$out/matcher_bench.json"
if [[ -z ${GOALCHAIN_BENCH_BINARY:-} ]]; then
  say "running the engine benchmark"
  $pin "$build/bench/matcher_bench" --benchmark_out="$out/matcher_bench.json" --benchmark_out_format=json >&2
fi

# --- 8. the summary
"$python" - "$out" "$bytes" "$files" "$terms" "$runs" >"$out/summary.txt" <<'EOF'
import json, os, sys
out, size, files, terms, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
mb = size / 1e6
times = {}
for line in open(f"{out}/times.txt"):
    name, wall, cpu = line.split()
    times[name] = (float(wall), float(cpu))
bench = {}
if os.path.exists(f"{out}/matcher_bench.json"):
    bench = {b["name"].split("/")[0]: b for b in json.load(open(f"{out}/matcher_bench.json"))["benchmarks"]}
def rate(name):
    return mb / times[name][0], mb / times[name][1]
def verdict(ok):
    return "met" if ok else "NOT met"
labels = {"ripgrep": "ripgrep (rg --count-matches -i -w -F)", "python": "Python + pyahocorasick",
          "goalchain": "goalchain code --format json -j 1",
          "goalchain_overwrite": "  the same, over the last results.json",
          "goalchain_j2": "goalchain code --format json -j 2"}
print(f"corpus: {files} files, {mb:.1f} MB; {terms} literal terms; {runs} timed runs each; "
      f"baselines and -j 1 on one core, -j 2 on two")
print(f"load after the runs: {open(f'{out}/load.txt').read().strip()}")
print(f"{'':40s} {'MB/s (wall)':>12s} {'MB/s (CPU)':>11s} {'docs/s':>8s} {'wall s':>8s}")
for name in ("ripgrep", "python", "goalchain", "goalchain_overwrite", "goalchain_j2"):
    wall, cpu = rate(name)
    print(f"{labels[name]:40s} {wall:12.1f} {cpu:11.1f} {files / times[name][0]:8.1f} {times[name][0]:8.2f}")
(g, gc), (r, rc), (p, pc) = rate("goalchain"), rate("ripgrep"), rate("python")
go, _ = rate("goalchain_overwrite")
g2, _ = rate("goalchain_j2")
print(f"{'goalchain -j 1 / ripgrep':40s} {g / r:11.2f}x {gc / rc:10.2f}x   (target >= 1)    {verdict(g >= r)}"
      f"   (over the last output: {go / r:.2f}x)")
print(f"{'goalchain -j 1 / Python':40s} {g / p:11.2f}x {gc / pc:10.2f}x   (target >= 1)    {verdict(g >= p)}")
print(f"{'scaling: goalchain -j 2 / -j 1':40s} {g2 / g:11.2f}x {'':10s}   (target >= 1.8)  {verdict(g2 / g >= 1.8)}")
for name, label in (("BM_MatchParagraphs", "engine: Matcher::match"), ("BM_ReadDocuments", "document stage: read_text_document"),
                    ("BM_ReadAndCodeDocuments", "read + code_document")):
    b = bench.get(name)
    if b and "bytes_per_second" in b:
        cpu_rate = b["bytes_per_second"] / 1e6  # Google Benchmark divides by CPU time
        wall_rate = cpu_rate * b["cpu_time"] / b["real_time"]
        extra = ""
        if name == "BM_MatchParagraphs":
            extra = "   (target >= 200)  " + verdict(cpu_rate >= 200)
        print(f"{label:40s} {wall_rate:12.1f} {cpu_rate:11.1f}{extra}")
b = bench.get("BM_CompileMatcher")
if b:
    print(f"{'compile pmh-sv into a matcher':40s} {b['real_time']:12.1f} {b['time_unit']}")
rg_matches = sum(int(line.rsplit(":", 1)[1]) for line in open(f"{out}/ripgrep-counts.txt") if ":" in line)
py_matches = open(f"{out}/python-counts.txt").read().split()[0]
engine = bench.get("BM_MatchParagraphs", {}).get("hits_per_pass", 0)
json_size = os.path.getsize(f"{out}/code/results.json") / 1e6 if os.path.exists(f"{out}/code/results.json") else 0
print(f"work done: ripgrep {rg_matches} matches; Python {py_matches} term starts"
      + (f"; engine {engine:.0f} hits per pass" if bench else ""))
print(f"{'results.json':40s} {json_size:9.0f} MB = {json_size / mb:.1f}x the input   (target <= 3)  "
      f"{verdict(json_size <= 3 * mb)}")
rss, scale = {}, None
for line in open(f"{out}/rss.txt"):
    parts = line.split()
    if parts[0] == "scale_corpus":
        scale = (int(parts[1]), int(parts[2]) / 1e6, int(parts[3]))
    elif parts[0] == "jsonl_scale_mb":
        rss[parts[0]] = float(parts[1])
    elif len(parts) == 3 and parts[1].isdigit():
        rss[parts[0]] = (int(parts[1]) / 1024, float(parts[2]))
print(f"{'peak RSS, code -f json -j 1':40s} {rss['json_j1'][0]:9.0f} MB")
print(f"{'peak RSS, code -f jsonl -j 2':40s} {rss['jsonl_1x'][0]:9.0f} MB   ({files} files, {mb:.0f} MB, {rss['jsonl_1x'][1]:.1f} s)")
if scale:
    big_files, big_mb, factor = scale
    big = rss[f"jsonl_{factor}x"]
    ratio = big[0] / rss["jsonl_1x"][0]
    print(f"{'  the same on the ' + str(factor) + 'x corpus':40s} {big[0]:9.0f} MB   ({big_files} files, {big_mb:.0f} MB, "
          f"{big[1]:.1f} s; results.jsonl {rss.get('jsonl_scale_mb', 0):.0f} MB)")
    print(f"{'  peak RSS ' + str(factor) + 'x / 1x':40s} {ratio:9.2f}x   (target <= 1.5)  {verdict(ratio <= 1.5)}")
else:
    print("  no run on a bigger corpus (BENCH_SCALE=0, or too little disk)")
EOF
cat "$out/summary.txt"
