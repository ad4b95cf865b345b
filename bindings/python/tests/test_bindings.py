"""The bindings as a Python user meets them: every public function, errors, threads, Unicode."""

from __future__ import annotations

import pickle
import threading
import time

import pytest

import bersih

# Scraped text as it arrives: page furniture, spacing debris, blank lines at the ends.
RAW = (
    "\n\n  Jakarta - Harga beras naik lagi pekan ini.  \n\n\n"
    "Baca juga: Harga cabai turun\n\n"
    "Pedagang di Pasar Induk mengeluhkan pasokan yang seret.\n\n\n"
)

UNICODE_EDGES = [
    "",
    "\n\n\n",
    "é composed and e\u0301 decomposed",
    "emoji 😀🇮🇩 and a ZWJ family 👨\u200d👩\u200d👧",
    "\ufeffa BOM as the first character",
    "nbsp\u00a0and zero\u200bwidth and soft\u00adhyphen",
    "CRLF line\r\nends\r\n\r\nhere\r\n",
    "mixed scripts: Москва, 北京, القاهرة, ישראל",
    "a\x00NUL inside text that Python already decoded",
    "trailing spaces   \n\n\n\n",
]


def replay(text: str, edits: list) -> str:
    """Applies an edit log to the input it was made on, as Python string slices."""
    out, at = [], 0
    for edit in edits:
        out.append(text[at : edit["start"]])
        out.append(edit["after"])
        at = edit["end"]
    out.append(text[at:])
    return "".join(out)


@pytest.fixture(scope="module")
def pipeline() -> bersih.Pipeline:
    return bersih.Pipeline()


def test_clean_returns_what_a_default_pipeline_returns(pipeline):
    assert bersih.clean(RAW) == pipeline.clean(RAW)
    assert isinstance(bersih.clean(RAW), str)


def test_clean_text_ends_with_exactly_one_newline(pipeline):
    for text in [RAW, *UNICODE_EDGES]:
        cleaned = pipeline.clean(text)
        assert cleaned == "" or (cleaned.endswith("\n") and not cleaned.endswith("\n\n")), repr(cleaned)
        assert not cleaned.startswith((" ", "\n"))


def test_clean_document_has_text_metadata_and_edits(pipeline):
    doc = bersih.clean_document(RAW)
    assert doc["text"] == pipeline.clean(RAW)
    for key in ("title", "site", "published", "authors", "editors", "dateline", "captions", "related"):
        assert key in doc
    assert doc["encoding"] == "UTF-8"
    assert doc["edits"], "the blank lines around the text are at least one edit"
    for edit in doc["edits"]:
        assert set(edit) >= {"stage", "rule", "start", "end", "before", "after", "confidence", "absorbed", "runner_up"}
        assert 0 <= edit["start"] <= edit["end"] <= len(RAW)
        assert 0.0 < edit["confidence"] <= 1.0


@pytest.mark.parametrize("text", [RAW, *UNICODE_EDGES])
def test_edit_spans_index_the_input_string_and_replay_to_the_text(pipeline, text):
    doc = pipeline.clean_document(text)
    for edit in doc["edits"]:
        assert text[edit["start"] : edit["end"]] == edit["before"]
    assert replay(text, doc["edits"]) == doc["text"]


def test_bytes_are_decoded_like_the_command_decodes_files(pipeline):
    assert pipeline.clean(RAW.encode("utf-8")) == pipeline.clean(RAW)
    assert pipeline.clean("\ufeff".encode("utf-8") + b"Isi berita.\n") == "Isi berita.\n"
    legacy = "Ekonomi tumbuh pada kuartal “pertama” tahun ini, kata café.".encode("windows-1252")
    doc = pipeline.clean_document(legacy)
    # Read as Windows-1252, then normalized: curly quotes become straight ones (SPEC.md).
    assert '"pertama"' in doc["text"] and "café" in doc["text"]
    assert doc["encoding"] != "UTF-8"


def test_a_configured_encoding_is_used_for_bytes():
    latin = bersih.Pipeline(encoding="iso-8859-1")
    assert latin.clean("Agustus: café".encode("latin-1")) == "Agustus: café\n"


def test_options_configure_clean_and_are_built_once():
    assert bersih.clean(RAW, stages=[]) == bersih.Pipeline(stages=[]).clean(RAW)
    assert bersih._pipeline({"stages": []}) is bersih._pipeline({"stages": []})


def test_clean_batch_keeps_order_and_matches_clean(pipeline):
    texts = [f"{i}. {text}" for i, text in enumerate([RAW, *UNICODE_EDGES] * 20)]
    expected = [pipeline.clean(t) for t in texts]
    assert pipeline.clean_batch(texts) == expected
    assert pipeline.clean_batch(texts, threads=1) == expected
    assert pipeline.clean_batch(texts, threads=2) == expected
    assert pipeline.clean_batch(iter(texts), threads=3) == expected
    assert pipeline.clean_batch([]) == []


def test_clean_batch_takes_str_and_bytes(pipeline):
    assert pipeline.clean_batch([RAW, RAW.encode("utf-8")]) == [pipeline.clean(RAW)] * 2


def test_clean_batch_releases_the_gil(pipeline):
    # A batch that takes a good fraction of a second on one thread, whatever the stages cost.
    texts = [RAW * 20] * 100
    while True:
        started = time.perf_counter()
        pipeline.clean_batch(texts, threads=1)
        duration = time.perf_counter() - started
        if duration >= 0.3:
            break
        texts = texts * 2
    worker = threading.Thread(target=pipeline.clean_batch, args=(texts,), kwargs={"threads": 1})
    worker.start()
    ticks = 0
    while worker.is_alive():
        time.sleep(0.001)
        ticks += 1
    # Free to run, this loop ticks hundreds of times during the batch; if cleaning held the GIL,
    # it would be stuck from its first sleep until the batch ends, and tick once or twice.
    assert ticks >= 20, f"the main thread ticked {ticks} times during a {duration:.2f}s batch"


def test_clean_batch_threads_must_be_positive(pipeline):
    with pytest.raises(ValueError, match="at least 1"):
        pipeline.clean_batch([RAW], threads=0)


def test_a_document_that_cannot_be_read_is_named_by_its_index(pipeline):
    with pytest.raises(bersih.BinaryInputError, match=r"^document 2: input looks binary"):
        pipeline.clean_batch(["a", "b", b"\x00" * 64, "d"])


def test_what_is_not_text_is_a_type_error(pipeline):
    with pytest.raises(TypeError, match="str or bytes, not int"):
        pipeline.clean(42)
    with pytest.raises(TypeError, match="not NoneType"):
        pipeline.clean_batch(["a", None])


def test_a_lone_surrogate_cannot_become_utf8(pipeline):
    with pytest.raises(UnicodeEncodeError):
        pipeline.clean("broken \ud800 surrogate")


def test_binary_input_raises_binary_input_error():
    with pytest.raises(bersih.BinaryInputError, match="binary"):
        bersih.clean(b"\x00\x01\x02\x00" * 32)


def test_unknown_encoding_raises_unknown_encoding_error():
    with pytest.raises(bersih.UnknownEncodingError, match="klingon"):
        bersih.Pipeline(encoding="klingon")


@pytest.mark.parametrize(
    "config, message",
    [
        ({"stagez": []}, "unknown field `stagez`"),
        ({"stages": ["polish"]}, "unknown variant `polish`"),
        ({"stages": [{"type": "repair", "threshold": "high"}]}, "invalid type"),
        ({"languages": ["xx"]}, 'no rule pack for language "xx"'),
        ({"rule_files": ["a"], "rule-files": ["b"]}, "given twice"),
    ],
)
def test_bad_configuration_raises_config_error(config, message):
    with pytest.raises(bersih.ConfigError, match=message):
        bersih.Pipeline(config)


def test_a_configuration_is_a_dict():
    with pytest.raises(bersih.ConfigError, match="is a dict"):
        bersih.Pipeline(["normalize"])
    with pytest.raises(TypeError, match="cannot use a set"):
        bersih.Pipeline({"stages": {"normalize"}})


def test_a_missing_rule_file_raises_rule_error(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(bersih.RuleError, match="nope.toml"):
        bersih.Pipeline(rule_files=[missing])


def test_a_broken_rule_raises_rule_error_naming_its_code(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text(
        '[[rule]]\ncode = "B901"\nname = "broken"\nscope = "block"\npattern = "(unclosed"\n'
        'why = "test"\nexample = "x"\ncounter_example = "y"\n',
        encoding="utf-8",
    )
    with pytest.raises(bersih.RuleError, match="B901"):
        bersih.Pipeline(rule_files=[str(rules)])


def test_every_error_is_a_bersih_error():
    for kind in (
        bersih.UnknownEncodingError,
        bersih.BinaryInputError,
        bersih.RuleError,
        bersih.LexiconError,
        bersih.ConfigError,
    ):
        assert issubclass(kind, bersih.BersihError)
        assert kind.__module__ == "bersih"
        assert kind.__doc__


def test_stages_by_name_or_by_dict():
    assert bersih.Pipeline(stages=["decode", "normalize"]).stages == ["decode", "normalize"]
    tuned = bersih.Pipeline({"stages": [{"type": "repair", "threshold": 0.9}]})
    assert tuned.stages == ["repair"]
    assert tuned.config["stages"] == [{"type": "repair", "threshold": 0.9}]


def test_config_round_trips_and_pipelines_pickle():
    original = bersih.Pipeline({"ignore": ["B0"]}, stages=["normalize", "blocks", "boilerplate"])
    assert bersih.Pipeline(original.config).config == original.config
    copy = pickle.loads(pickle.dumps(original))
    assert copy.config == original.config
    assert copy.clean(RAW) == original.clean(RAW)


def test_rules_lists_every_rule_the_pipeline_can_apply(pipeline):
    rules = pipeline.rules()
    codes = [rule["code"] for rule in rules]
    assert len(codes) == len(set(codes)), "codes are unique"
    for rule in rules:
        # `emit` is the last step of every pipeline, not a stage one can leave out.
        assert rule["code"] and rule["name"] and rule["why"] and rule["stage"] in pipeline.stages + ["emit"]
    data_rules = {rule["code"] for rule in rules if rule["origin"] != "built-in"}
    assert data_rules, "the embedded rule packs are loaded"
    first = sorted(data_rules)[0]
    assert first not in {rule["code"] for rule in bersih.Pipeline(ignore=[first]).rules()}


def test_version_and_repr(pipeline):
    assert bersih.__version__.count(".") == 2
    assert repr(pipeline).startswith("Pipeline(stages=[")
