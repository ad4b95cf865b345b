#!/usr/bin/env bash
# Where the time goes, as instructions per input byte: runs `bersih clean -j1` under callgrind on
# the bulk scrape once and three times over, and prints the difference divided by the difference
# in bytes. Start-up (rule compilation, lexicon load) cancels out, so the figure is the steady
# state a large corpus sees. Instruction counts do not depend on the machine's load, so two builds
# can be compared on a busy machine, where MB/s figures cannot.
#
# usage: bench/instructions.sh [BIN]      (default: a release build of this checkout)
# environment: BULK=../shared/bulk/berita-scrap.jsonl  WORK=target/instructions  TOP=30
set -euo pipefail
cd "$(dirname "$0")/.."
BULK=${BULK:-$PWD/../shared/bulk/berita-scrap.jsonl}
WORK=${WORK:-$PWD/target/instructions}
TOP=${TOP:-30}
mkdir -p "$WORK"

if ! command -v valgrind >/dev/null; then
    echo "== installing valgrind (callgrind)" >&2
    apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
fi
if [ $# -ge 1 ]; then
    BIN=$(readlink -f "$1")
else
    cargo build --release --quiet --bin bersih
    BIN=$PWD/target/release/bersih
fi

cp "$BULK" "$WORK/x1.jsonl"
cat "$BULK" "$BULK" "$BULK" >"$WORK/x3.jsonl"
for n in 1 3; do
    echo "== callgrind on the bulk scrape x$n" >&2
    rm -rf "$WORK/out$n"
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$n" \
        "$BIN" clean -q -j1 -o "$WORK/out$n" "$WORK/x$n.jsonl" 2>/dev/null
done

python3 - "$WORK" "$TOP" <<'PY'
import os, re, subprocess, sys
work, top = sys.argv[1], int(sys.argv[2])

def costs(n, inclusive):
    args = ["callgrind_annotate", "--show-percs=no"] + (["--inclusive=yes"] if inclusive else [])
    out = subprocess.run(args + [f"{work}/cg.{n}"], capture_output=True, text=True, check=True).stdout
    total, by_function = 0, {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+PROGRAM TOTALS", line)
        if m:
            total = int(m.group(1).replace(",", ""))
            continue
        m = re.match(r"\s*([\d,]+)\s+(\S+?):(.+?)( \[.*\])?$", line)
        if not m:
            continue
        count, name = int(m.group(1).replace(",", "")), m.group(3)
        # Inlined code is listed once per source file; inclusive costs are taken at their
        # largest, self costs summed.
        by_function[name] = max(by_function.get(name, 0), count) if inclusive else by_function.get(name, 0) + count
    return total, by_function

size = os.path.getsize(f"{work}/x3.jsonl") - os.path.getsize(f"{work}/x1.jsonl")
(t1, self1), (t3, self3) = costs(1, False), costs(3, False)
(_, inc1), (_, inc3) = costs(1, True), costs(3, True)
print(f"steady state: {(t3 - t1) / size:.0f} instructions per input byte "
      f"(start-up and first pass: {t1 / 1e6:.0f} M instructions)")
print("\nstages (inclusive, per input byte):")
stages = [k for k in inc3 if re.search(r"Stage>::apply$|Pipeline::clean_str$|jsonl::process$", k)]
for v, k in sorted(((inc3[k] - inc1.get(k, 0)) / size, k) for k in stages)[::-1]:
    print(f"  {v:7.0f}  {k.replace('bersih::stages::', '')}")
print(f"\nfunctions (self, per input byte), top {top}:")
for v, k in sorted(((self3[k] - self1.get(k, 0)) / size, k) for k in self3)[::-1][:top]:
    print(f"  {v:7.1f}  {k[:110]}")
PY
