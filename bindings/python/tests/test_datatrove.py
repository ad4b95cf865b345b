"""datatrove: `BersihFormatter` in a small local pipeline, reading JSONL and writing JSONL."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import bersih

pytest.importorskip("datatrove", reason="datatrove is not installed (pip install datatrove)")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from bersih.datatrove import BersihFormatter  # noqa: E402

RAW = {
    "a": "\n\n  Jakarta - Harga beras naik lagi pekan ini.  \n\n\nBaca juga: Harga cabai turun\n\n",
    "b": "Pedagang di Pasar Induk mengeluhkan pasokan yang seret.\r\n\r\n\r\n",
    "c": "é composed and e\u0301 decomposed, emoji 😀\n\n\n",
}


def test_a_local_pipeline_cleans_documents_and_records_metadata(tmp_path: Path):
    source = tmp_path / "raw"
    source.mkdir()
    with (source / "part.jsonl").open("w", encoding="utf-8") as f:
        for key, text in RAW.items():
            f.write(json.dumps({"id": key, "text": text, "lang": "id"}) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            BersihFormatter(),
            JsonlWriter(str(tmp_path / "clean"), output_filename="out.jsonl", compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    rows = [json.loads(line) for line in (tmp_path / "clean" / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == list(RAW)
    for row in rows:
        expected = bersih.clean_document(RAW[row["id"]])
        assert row["text"] == expected["text"]
        recorded = row["metadata"]["bersih"]
        assert recorded["edit_count"] == len(expected["edits"])
        assert recorded["title"] == expected["title"] and recorded["encoding"] == "UTF-8"
        assert "edits" not in recorded and "text" not in recorded
        assert row["metadata"]["lang"] == "id", "the reader's metadata is kept"


def test_documents_in_a_list_go_through_the_step_with_the_edit_log():
    step = BersihFormatter({"stages": ["normalize", "blocks"]}, metadata_key="clean", edits=True)
    docs = [Document(text=text, id=key) for key, text in RAW.items()]
    out = list(step.run(iter(docs)))
    for doc in out:
        expected = bersih.clean_document(RAW[doc.id], stages=["normalize", "blocks"])
        assert doc.text == expected["text"]
        assert doc.metadata["clean"]["edits"] == expected["edits"]
    assert step.stats["total"].total == len(RAW)


def test_the_step_pickles_for_worker_processes():
    step = BersihFormatter(ignore=["B0"])
    copy = pickle.loads(pickle.dumps(step))
    assert copy.pipeline.config == step.pipeline.config
    assert copy.format(RAW["a"]) == step.format(RAW["a"])


def test_a_bad_configuration_fails_when_the_pipeline_is_built():
    with pytest.raises(bersih.ConfigError):
        BersihFormatter(stages=["polish"])
