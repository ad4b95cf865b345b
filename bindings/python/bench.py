"""Benchmarks for the Python package, against the issue's targets:

1. `Pipeline.clean_batch` on 1,000 documents reaches >= 90% of the `bersih` command's throughput
   per core.
2. A Ray Data run on 2 CPUs cleans >= 1.7x as fast as on 1 CPU, on a corpus of >= 50 MB built
   from the bulk file.

Run from anywhere, with the package installed (`pip install ./bindings/python`) and a release
build of the command (`cargo build --release --bin bersih`, or --cli PATH):

    python bindings/python/bench.py [--docs 1000] [--corpus-mb 50] [--skip-ray]
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List

import bersih

REPO = Path(__file__).resolve().parents[2]
BULK = REPO.parent / "shared" / "bulk" / "berita-scrap.jsonl"


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of `runs` timings, in seconds: the least disturbed by other load."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def bulk() -> List[Dict[str, str]]:
    with BULK.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def documents(count: int) -> List[Dict[str, str]]:
    """`count` documents, cycling through the bulk file with fresh ids."""
    return [dict(doc, id=f"{doc['id']}-{i}") for i, doc in zip(range(count), itertools.cycle(bulk()))]


def cli_path(named: str | None) -> Path:
    if named:
        return Path(named)
    cli = REPO / "target" / "release" / "bersih"
    if not cli.exists():
        print("building the release command (cargo build --release --bin bersih) ...", flush=True)
        subprocess.run(["cargo", "build", "--release", "--bin", "bersih"], cwd=REPO, check=True)
    return cli


def bench_batch(count: int, cli: Path, runs: int) -> None:
    docs = documents(count)
    texts = [d["text"] for d in docs]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    pipeline = bersih.Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp, "in")
        inputs.mkdir()
        for i, text in enumerate(texts):
            (inputs / f"{i:05}.txt").write_text(text, encoding="utf-8")
        # To standard output: with -o the command syncs every file to disk, which would measure
        # the disk rather than the cleaning. One thread, so that its rate is a rate per core.
        command = [str(cli), "clean", "-j", "1", str(inputs)]
        cli_seconds = best_of(runs, lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL))

        def python_with_files() -> None:
            read = [(inputs / f"{i:05}.txt").read_bytes() for i in range(count)]
            with open(os.devnull, "w", encoding="utf-8") as out:
                out.writelines(pipeline.clean_batch(read, threads=1))

        one_thread = best_of(runs, lambda: pipeline.clean_batch(texts, threads=1))
        two_threads = best_of(runs, lambda: pipeline.clean_batch(texts, threads=2))
        with_files = best_of(runs, python_with_files)

    cli_rate = count / cli_seconds
    print(f"\n## clean_batch against the command: {count} documents, {megabytes:.1f} MB")
    print(f"{'':32} {'seconds':>8} {'docs/s':>9} {'docs/s/core':>12} {'vs CLI':>7}")
    for label, seconds, cores in [
        ("bersih clean -j1 DIR > /dev/null", cli_seconds, 1),
        ("clean_batch threads=1", one_thread, 1),
        ("clean_batch threads=2", two_threads, 2),
        ("read files + clean_batch", with_files, 1),
    ]:
        rate = count / seconds
        print(f"{label:32} {seconds:8.3f} {rate:9.0f} {rate / cores:12.0f} {rate / cores / cli_rate:6.0%}")


def bench_ray(corpus_mb: int, runs: int) -> None:
    import ray

    from bersih.ray import Cleaner

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        written, part, copy = 0, 0, 0
        source = bulk()
        while written < corpus_mb * 1e6:
            # Several files so the read is split into blocks that actors can share.
            with (corpus / f"part-{part:03}.jsonl").open("w", encoding="utf-8") as f:
                for _ in range(10):
                    for doc in source:
                        line = json.dumps(dict(doc, id=f"{doc['id']}-{copy}"), ensure_ascii=False) + "\n"
                        f.write(line)
                        written += len(line.encode("utf-8"))
                    copy += 1
            part += 1
        text_mb = 0.0
        print(f"\n## Ray Data: {written / 1e6:.1f} MB of JSONL in {part} files")
        timings = {}
        for cpus in (1, 2):
            ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
            logging.getLogger("ray.data").setLevel(logging.WARNING)
            ray.data.DataContext.get_current().enable_progress_bars = False
            # Read once, outside the timing: the target is about cleaning, not JSON parsing.
            dataset = ray.data.read_json(str(corpus)).materialize()
            if not text_mb:
                text_mb = sum(len(t.encode("utf-8")) for t in dataset.to_pandas()["text"]) / 1e6

            def clean() -> None:
                pool = ray.data.ActorPoolStrategy(size=cpus)
                cleaned = dataset.map_batches(Cleaner, batch_format="pyarrow", batch_size=256, compute=pool)
                assert cleaned.materialize().count() == dataset.count()

            timings[cpus] = best_of(runs, clean)
            ray.shutdown()
            print(f"{cpus} CPU: {timings[cpus]:.2f} s, {text_mb / timings[cpus]:.1f} MB of text/s")
        print(f"speed-up on 2 CPUs: {timings[1] / timings[2]:.2f}x (target >= 1.7x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="documents for clean_batch against the command")
    parser.add_argument("--corpus-mb", type=int, default=50, help="size of the Ray corpus")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each measurement (the best counts)")
    parser.add_argument("--cli", help="the bersih command (default: target/release/bersih, built if absent)")
    parser.add_argument("--skip-ray", action="store_true")
    args = parser.parse_args()
    if not BULK.exists():
        raise SystemExit(f"{BULK} is absent: the benchmark builds its corpus from it")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    print(f"bersih {bersih.__version__}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    bench_batch(args.docs, cli_path(args.cli), args.runs)
    if not args.skip_ray:
        bench_ray(args.corpus_mb, args.runs)


if __name__ == "__main__":
    main()
