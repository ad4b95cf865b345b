"""The chain of Python tools a user would assemble to do what `bersih clean` does, run on the
same JSONL corpus for comparison:

  ftfy.fix_text                 mojibake and Unicode repair
  jusText (Indonesian stoplist) boilerplate removal, on the text's paragraphs
  symspellpy                    spelling correction of every word, against an Indonesian
                                frequency list from wordfreq

It reads records in order until the corpus ends or the time budget is spent, writes the cleaned
records (to /dev/null unless told otherwise) and prints one JSON line of figures. The dictionary
is built before the clock starts, as a long-running service would build it once.

usage: peers.py CORPUS.jsonl BUDGET_SECONDS [OUT.jsonl]
"""

import html
import json
import re
import sys
import time

import ftfy
import justext
from symspellpy import SymSpell, Verbosity
from wordfreq import top_n_list, word_frequency

WORD = re.compile(r"[^\W\d_]+")


def build_symspell(words: int = 50_000) -> SymSpell:
    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    for word in top_n_list("id", words):
        count = int(word_frequency(word, "id") * 1e9)
        if count > 0:
            sym.create_dictionary_entry(word, count)
    return sym


def correct(sym: SymSpell, paragraph: str) -> str:
    def fix(match: re.Match) -> str:
        word = match.group(0)
        suggestions = sym.lookup(word.lower(), Verbosity.TOP, max_edit_distance=2, include_unknown=True)
        best = suggestions[0].term if suggestions else word
        return word if best == word.lower() else best

    return WORD.sub(fix, paragraph)


def clean(text: str, sym: SymSpell, stoplist: frozenset) -> str:
    text = ftfy.fix_text(text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>"
    kept = [p.text for p in justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8") if not p.is_boilerplate]
    return "\n\n".join(correct(sym, p) for p in kept) + "\n"


def main() -> None:
    corpus, budget = sys.argv[1], float(sys.argv[2])
    out_path = sys.argv[3] if len(sys.argv) > 3 else "/dev/null"
    setup_started = time.perf_counter()
    sym = build_symspell()
    stoplist = justext.get_stoplist("Indonesian")
    setup = time.perf_counter() - setup_started
    total_bytes = 0
    with open(corpus, "rb") as f:
        for line in f:
            total_bytes += len(line)
    docs = 0
    done_bytes = 0
    started = time.perf_counter()
    with open(corpus, "rb") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            record = json.loads(line)
            record["text"] = clean(record["text"], sym, stoplist)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            done_bytes += len(line)
            if time.perf_counter() - started > budget:
                break
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "documents": docs,
                "bytes": done_bytes,
                "corpus_bytes": total_bytes,
                "seconds": seconds,
                "setup_seconds": setup,
                "mb_per_second": done_bytes / 1e6 / seconds,
                "documents_per_second": docs / seconds,
                "full_run_estimate_seconds": seconds * total_bytes / max(done_bytes, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
