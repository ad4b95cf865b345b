"""The README's examples run as written, so the docs cannot drift from the package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bersih

README = Path(__file__).resolve().parents[1] / "README.md"


def example(name: str) -> str:
    """The code block after `<!-- test: name -->` in the README."""
    found = re.search(rf"<!-- test: {name} -->\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert found, f"README has no example marked {name!r}"
    return found.group(1)


def test_the_five_line_example_runs(capsys):
    scope: dict = {}
    exec(example("five-lines"), scope)
    assert scope["text"] == scope["doc"]["text"] == bersih.clean(scope["raw"])
    assert scope["text"] in capsys.readouterr().out


def test_the_datasets_example_cleans_every_row_in_order():
    pytest.importorskip("datasets", reason="Hugging Face datasets is not installed (pip install datasets)")
    scope: dict = {}
    exec(example("datasets"), scope)
    raw, clean = scope["raw"], scope["clean"]
    assert clean["id"] == raw["id"]
    assert clean["text"] == [bersih.clean(text) for text in raw["text"]]


def test_the_datasets_example_runs_in_worker_processes():
    pytest.importorskip("datasets", reason="Hugging Face datasets is not installed (pip install datasets)")
    scope: dict = {}
    exec(example("datasets"), scope)
    raw = scope["raw"]
    clean = raw.map(scope["clean_texts"], batched=True, batch_size=1, num_proc=2)
    assert clean["text"] == [bersih.clean(text) for text in raw["text"]]
