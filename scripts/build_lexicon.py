#!/usr/bin/env python3
"""Builds the repair stage's embedded lexicon from wordfreq's word lists and Sastrawi's root words.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1 PySastrawi==1.2.1
    /tmp/wf/bin/python scripts/build_lexicon.py

Writes, under src/rules/lexicon/:
  id.tsv   the Indonesian list: `word<TAB>zipf*100`, sorted by length in bytes, then bytes;
           wordfreq's words, then Sastrawi's root words that wordfreq lacks, at Zipf 2.5
  en.txt   the top 50,000 English words (wordfreq's large list), sorted, one a line; repair never touches them
  ms.txt   Malay's own words: frequent in wordfreq's small Malay list and rare or absent in the
           Indonesian one (`iaitu`, `kesihatan`, `antarabangsa`), sorted, one a line; a document
           full of them is Malay, whose spelling repair must not make Indonesian
  SOURCE   the package version and the sha256 of each source data file, for the licence note

The generated files are committed, so building bersih needs no Python. wordfreq's data is
CC-BY-SA-4.0: see src/rules/lexicon/README.md.
"""
import hashlib
import pathlib
import sys

import wordfreq
import Sastrawi

PINNED = "3.1.1"
SASTRAWI_PINNED = "1.2.1"
# wordfreq's small Indonesian list stops near Zipf 3 and so misses rare but real words (`gelut`,
# `catut`, `indekos`) and the stems of their affixed forms (`genang` in `menggenang`): a word
# missing from the lexicon is a word repair may wrongly "correct". Root words from a dictionary
# list close that gap; they are known words, at a frequency below any of wordfreq's.
ROOT_ZIPF = 250
RARE = 360  # Zipf 3.6, times 100
GAP = 250  # Zipf 2.5: about 300 times as frequent
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(w):
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    yield from (a + b[1:] for a, b in splits if b)
    yield from (a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    yield from (a + c + b[1:] for a, b in splits if b for c in LETTERS)
    yield from (a + c + b for a, b in splits for c in LETTERS)

ENGLISH_WORDS = 50000
# A Malay word is Malay's own when it is common in Malay (Zipf >= 3.5), at most moderately
# frequent in the Indonesian list (whose web text holds some Malay: `bahawa` is at 3.9 there), and
# at least 1.5 Zipf (about 30 times) more frequent in Malay. Words both languages use often
# (`awak`, `cakap`) and English words (`fail`) tell nothing and are left out.
MALAY_ZIPF = 3.5
MALAY_MAX_ID_ZIPF = 4.0
MALAY_MARGIN = 1.5
# wordfreq keeps tokens such as `00.00`, `°`, `♫`: the lexicon holds words only.
def is_word(w):
    return any(c.isalpha() for c in w) and all(c.isalpha() or c in "-'" for c in w)


def main():
    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as pkg_version
        version = pkg_version("wordfreq")
    if version != PINNED:
        sys.exit(f"wordfreq {version} found, {PINNED} pinned")
    out = pathlib.Path(__file__).resolve().parent.parent / "src" / "rules" / "lexicon"
    data = pathlib.Path(wordfreq.__file__).parent / "data"

    ids = {}
    for word, freq in wordfreq.get_frequency_dict("id", wordlist="small").items():
        if is_word(word):
            ids[word] = round(wordfreq.zipf_frequency(word, "id", wordlist="small") * 100)
    # wordfreq counts what people type, so its tail holds common misspellings (`dalm`, `sebgai`,
    # `dengn`). A rare word one edit away from a word at least 300 times as frequent is taken for
    # such a misspelling and left out, so that repair sees it as out of vocabulary.
    misspellings = sorted(w for w, z in ids.items() if z < RARE and any(ids.get(n, 0) >= z + GAP for n in edits1(w)))
    for w in misspellings:
        del ids[w]
    roots_file = pathlib.Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    from importlib.metadata import version as pkg_version
    sastrawi_version = pkg_version("PySastrawi")
    if sastrawi_version != SASTRAWI_PINNED:
        sys.exit(f"PySastrawi {sastrawi_version} found, {SASTRAWI_PINNED} pinned")
    roots = [w.strip() for w in roots_file.read_text(encoding="utf-8").splitlines()]
    added = 0
    for w in roots:
        if w and is_word(w) and w not in ids:
            ids[w] = ROOT_ZIPF
            added += 1
    # By length, then bytes: candidate search reads only the lengths within reach of a word.
    lines = [f"{w}\t{z}\n" for w, z in sorted(ids.items(), key=lambda kv: (len(kv[0].encode()), kv[0].encode()))]
    (out / "id.tsv").write_text("".join(lines), encoding="utf-8")

    english = []
    for word in wordfreq.iter_wordlist("en", wordlist="large"):
        if is_word(word):
            english.append(word)
        if len(english) == ENGLISH_WORDS:
            break
    english.sort(key=str.encode)
    (out / "en.txt").write_text("".join(w + "\n" for w in english), encoding="utf-8")

    english_set = set(english)
    indonesian = wordfreq.get_frequency_dict("id", wordlist="small")
    malay = []
    for word in wordfreq.get_frequency_dict("ms", wordlist="small"):
        if len(word) < 3 or not word.isascii() or not word.isalpha() or not word.islower() or word in english_set:
            continue
        z_ms = wordfreq.zipf_frequency(word, "ms", wordlist="small")
        z_id = wordfreq.zipf_frequency(word, "id", wordlist="small") if word in indonesian else 0.0
        if z_ms >= MALAY_ZIPF and z_id <= MALAY_MAX_ID_ZIPF and z_ms - z_id >= MALAY_MARGIN:
            malay.append(word)
    malay.sort(key=str.encode)
    (out / "ms.txt").write_text("".join(w + "\n" for w in malay), encoding="utf-8")

    source = [f"wordfreq {version} (PyPI): Indonesian small list, English large list, Malay small list"]
    for name in ["small_id.msgpack.gz", "large_en.msgpack.gz", "small_ms.msgpack.gz"]:
        digest = hashlib.sha256((data / name).read_bytes()).hexdigest()
        source.append(f"{name} sha256 {digest}")
    source.append(f"PySastrawi {sastrawi_version} (PyPI): Stemmer/data/kata-dasar.txt sha256 "
                  + hashlib.sha256(roots_file.read_bytes()).hexdigest())
    source.append(f"id.tsv {len(ids)} words ({len(misspellings)} misspellings left out, {added} root words added); "
                  f"en.txt {len(english)} words; ms.txt {len(malay)} words")
    (out / "SOURCE").write_text("\n".join(source) + "\n", encoding="utf-8")
    print("\n".join(source))


if __name__ == "__main__":
    main()
