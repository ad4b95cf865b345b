"""Builds the benchmark corpus: the bulk scrape and the seed articles, repeated until the file
reaches the size asked for, every record with an id of its own (`<id>-r0001`), one JSON object
per line. Standard library only, so it runs before any virtual environment exists.

usage: make_corpus.py BULK.jsonl CORPUS_DIR OUT.jsonl MEGABYTES
"""

import json
import pathlib
import sys


def main() -> None:
    bulk, corpus_dir, out, megabytes = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    records = [json.loads(line) for line in open(bulk, encoding="utf-8") if line.strip()]
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        records.append({"id": f"corpus-{path.stem}", "source": "corpus", "text": text})
    target = int(megabytes * 1_000_000)
    written = 0
    lines = 0
    rep = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            for record in records:
                copy = dict(record, id=f"{record['id']}-r{rep:04d}")
                line = json.dumps(copy, ensure_ascii=False) + "\n"
                f.write(line)
                written += len(line.encode("utf-8"))
                lines += 1
            rep += 1
    print(f"{out}: {written / 1e6:.1f} MB, {lines} documents ({len(records)} distinct, {rep} repetitions)")


if __name__ == "__main__":
    main()
