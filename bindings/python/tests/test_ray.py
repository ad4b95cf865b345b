"""Ray Data: a local two-CPU cluster cleans the bulk corpus with `bersih.ray.Cleaner`, and the
result matches, document for document, what the `bersih` command and the library make of the
same texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bersih
from bersih.ray import Cleaner
from conftest import BULK, bulk_documents, clean_with_cli

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'ray[data]')")
pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def cleaned_by_ray(ray_cluster, tmp_path_factory):
    """The bulk corpus read, cleaned and written as JSONL by Ray Data, read back by id."""
    bulk_documents()  # skips when the shared corpus is absent
    out = tmp_path_factory.mktemp("ray-out")
    dataset = ray.data.read_json(str(BULK))
    # Two actors at half a CPU each leave a CPU for the read and write tasks; actors holding both
    # CPUs would starve them, and the run would wait for ever.
    pool = ray.data.ActorPoolStrategy(size=2)
    dataset = dataset.map_batches(Cleaner, batch_format="pyarrow", batch_size=16, compute=pool, num_cpus=0.5)
    dataset.write_json(str(out))
    rows = {}
    for path in sorted(Path(out).glob("*.json*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def test_ray_cleans_every_document_and_keeps_the_other_columns(cleaned_by_ray):
    documents = bulk_documents()
    assert sorted(cleaned_by_ray) == sorted(d["id"] for d in documents)
    for doc in documents:
        row = cleaned_by_ray[doc["id"]]
        for column in doc:
            if column != "text":
                assert row[column] == doc[column], (doc["id"], column)


def test_ray_output_is_the_librarys_output(cleaned_by_ray):
    documents = bulk_documents()
    expected = bersih.Pipeline().clean_batch([d["text"] for d in documents])
    for doc, text in zip(documents, expected):
        assert cleaned_by_ray[doc["id"]]["text"] == text, doc["id"]


def test_ray_output_is_the_commands_output(cleaned_by_ray, tmp_path):
    documents = bulk_documents()
    by_cli = clean_with_cli({d["id"]: d["text"] for d in documents}, tmp_path)
    for doc in documents:
        assert cleaned_by_ray[doc["id"]]["text"] == by_cli[doc["id"]], doc["id"]


RAW = ["  Isi berita pertama.  \n\n\n", None, "Baca juga: lain\n\nIsi kedua.\n\n"]


def test_cleaner_cleans_arrow_batches_and_keeps_nulls():
    table = pa.table({"id": [1, 2, 3], "text": RAW})
    out = Cleaner()(table)
    assert out.column_names == ["id", "text"]
    assert out.column("id").to_pylist() == [1, 2, 3]
    assert out.column("text").to_pylist() == [bersih.clean(RAW[0]), None, bersih.clean(RAW[2])]


def test_cleaner_cleans_pandas_batches_into_another_column():
    frame = pd.DataFrame({"body": RAW})
    out = Cleaner(column="body", output_column="clean")(frame)
    assert out["body"].tolist()[0] == RAW[0], "the source column is left alone"
    # pandas writes a missing string as None or NaN, depending on its version's string dtype.
    assert out["clean"].isna().tolist() == [False, True, False]
    assert out["clean"][0] == bersih.clean(RAW[0]) and out["clean"][2] == bersih.clean(RAW[2])
    assert frame.columns.tolist() == ["body"], "the caller's frame is not changed"


def test_cleaner_cleans_numpy_batches_with_options():
    np = pytest.importorskip("numpy")
    batch = {"text": np.array([RAW[0], RAW[2]], dtype=object), "n": np.array([1, 2])}
    out = Cleaner(stages=["normalize"], threads=2)(batch)
    assert list(out["text"]) == [bersih.clean(t, stages=["normalize"]) for t in (RAW[0], RAW[2])]
    assert list(out["n"]) == [1, 2]


def test_cleaner_names_a_missing_column():
    with pytest.raises(KeyError, match="no column 'text'"):
        Cleaner()(pa.table({"body": ["x"]}))
