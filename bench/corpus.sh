#!/usr/bin/env bash
# Measures `bersih clean` on a JSONL corpus of at least 200 MB, with 1 and 2 threads (MB/s,
# documents/s, peak RSS), then the chain of Python peers a user would assemble instead (ftfy,
# jusText, symspellpy) on the same input, and prints the ratio.
#
# usage: bench/corpus.sh
# environment (all optional):
#   BENCH_MB=200        corpus size in MB (10^6 bytes)
#   PEER_SECONDS=120    time budget of the Python chain; it cleans the corpus's first records
#                       until then, and its rate is compared with bersih's on the whole corpus
#   RUNS=3              runs of bersih per thread count; the fastest counts
#   BULK=../shared/bulk/berita-scrap.jsonl   the bulk scrape the corpus repeats, with corpus/*.txt
#   WORK=target/bench   where the corpus, outputs, logs and the virtual environment go
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
MB=${BENCH_MB:-200}
PEER_SECONDS=${PEER_SECONDS:-120}
RUNS=${RUNS:-3}
BULK=${BULK:-$REPO/../shared/bulk/berita-scrap.jsonl}
WORK=${WORK:-$REPO/target/bench}
mkdir -p "$WORK"

step() { printf '== %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
    step "installing GNU time (for peak RSS)"
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

step "building bersih (release)"
cargo build --release --quiet --bin bersih
BIN=$REPO/target/release/bersih

CORPUS=$WORK/corpus.jsonl
if [ ! -s "$CORPUS" ] || [ "$(stat -c %s "$CORPUS")" -lt $((MB * 1000000)) ]; then
    step "building the corpus"
    python3 bench/make_corpus.py "$BULK" corpus "$CORPUS" "$MB" >&2
fi

# Shared machines are noisy (10-15% between two runs of the same build): each thread count runs
# RUNS times, alternating, and the fastest run counts.
for run in $(seq "$RUNS"); do
    for j in 1 2; do
        step "bersih clean -j $j (run $run of $RUNS)"
        rm -rf "$WORK/out-j$j"
        if ! /usr/bin/time -v "$BIN" clean -q -j "$j" --stats "$WORK/stats-j$j.json" -o "$WORK/out-j$j" "$CORPUS" \
            2>"$WORK/time-j$j-$run.log"; then
            cat "$WORK/time-j$j-$run.log" >&2
            exit 1
        fi
    done
done
if ! cmp -s "$WORK/out-j1/corpus.jsonl" "$WORK/out-j2/corpus.jsonl"; then
    echo "FAIL: -j1 and -j2 outputs differ" >&2
    exit 1
fi

# The peers' versions are pinned, so that the ratio is always quoted against the same code. jusText imports lxml.html.clean, which lxml now ships separately as
# lxml_html_clean.
PEERS="ftfy==6.3.1 justext==3.0.2 lxml==6.2.0 lxml_html_clean==0.4.7 symspellpy==6.10.1 wordfreq==3.1.1"
VENV=$WORK/venv
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/peers" 2>/dev/null)" != "$PEERS" ]; then
    step "installing the Python peers into $VENV: $PEERS"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    # shellcheck disable=SC2086 # one argument per pinned package
    "$VENV/bin/pip" install -q --disable-pip-version-check $PEERS
    echo "$PEERS" >"$VENV/peers"
fi
step "Python peer chain (budget ${PEER_SECONDS} s)"
/usr/bin/time -v "$VENV/bin/python" bench/peers.py "$CORPUS" "$PEER_SECONDS" >"$WORK/peers.json" 2>"$WORK/time-peers.log" \
    || { cat "$WORK/time-peers.log" >&2; exit 1; }

python3 - "$WORK" "$RUNS" <<'PY'
import json, re, sys
work, n_runs = sys.argv[1], int(sys.argv[2])

def rss_mb(log):
    text = open(f"{work}/{log}").read()
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024

def wall(log):
    text = open(f"{work}/{log}").read()
    clock = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    h, m, s = clock.groups()
    return int(h or 0) * 3600 + int(m) * 60 + float(s)

runs = {}
for j in (1, 2):
    stats = json.load(open(f"{work}/stats-j{j}.json"))
    # Process wall time (start-up and writing included), the fastest of the runs; peak RSS, the
    # largest.
    logs = [f"time-j{j}-{run}.log" for run in range(1, n_runs + 1)]
    seconds = min(wall(log) for log in logs)
    runs[j] = dict(mb=stats["bytes_in"] / 1e6, docs=stats["documents"], seconds=seconds,
                   mbps=stats["bytes_in"] / 1e6 / seconds, docps=stats["documents"] / seconds,
                   rss=max(rss_mb(log) for log in logs), edits=stats["edits"],
                   all=sorted(wall(log) for log in logs))
peers = json.load(open(f"{work}/peers.json"))
peers_rss = rss_mb("time-peers.log")

print(f"\ncorpus: {runs[1]['mb']:.1f} MB, {runs[1]['docs']} documents")
print(f"{'':22}{'MB/s':>9}{'docs/s':>10}{'seconds':>9}{'peak RSS MB':>13}")
for j in (1, 2):
    r = runs[j]
    print(f"bersih -j{j:<14}{r['mbps']:9.1f}{r['docps']:10.0f}{r['seconds']:9.1f}{r['rss']:13.0f}")
print(f"{'python peer chain':22}{peers['mb_per_second']:9.3f}{peers['documents_per_second']:10.1f}"
      f"{peers['seconds']:9.1f}{peers_rss:13.0f}")
share = peers["bytes"] / peers["corpus_bytes"]
print(f"\npython chain: {peers['documents']} documents, {peers['bytes'] / 1e6:.1f} MB ({share:.1%} of the corpus) "
      f"in {peers['seconds']:.0f} s after {peers['setup_seconds']:.0f} s of dictionary set-up; "
      f"the whole corpus would take about {peers['full_run_estimate_seconds'] / 60:.0f} min at that rate")
for j in (1, 2):
    print(f"bersih -j{j} seconds, {n_runs} runs: " + ", ".join(f"{s:.1f}" for s in runs[j]["all"]))
median = {j: runs[j]["all"][len(runs[j]["all"]) // 2] for j in (1, 2)}
print(f"scaling -j1 -> -j2: {runs[2]['mbps'] / runs[1]['mbps']:.2f}x (fastest runs), "
      f"{median[1] / median[2]:.2f}x (median runs)")
print(f"bersih -j1 / python chain (one core each): {runs[1]['mbps'] / peers['mb_per_second']:.0f}x")
print(f"bersih -j2 / python chain: {runs[2]['mbps'] / peers['mb_per_second']:.0f}x")
PY
