"""Shared paths and helpers for the bindings' tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional

import pytest

REPO = Path(__file__).resolve().parents[3]
BULK = REPO.parent / "shared" / "bulk" / "berita-scrap.jsonl"


def bulk_documents() -> List[Dict[str, str]]:
    """The bulk corpus of scraped articles (one JSON object per line, with `id` and `text`)."""
    if not BULK.exists():
        pytest.skip(f"{BULK} is absent: the bulk corpus lives in the shared folder beside the repo")
    with BULK.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def cli_binary() -> Optional[Path]:
    """The `bersih` command: $BERSIH_CLI, else one built in the repo's target folder."""
    named = os.environ.get("BERSIH_CLI")
    if named:
        return Path(named)
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "bersih"
        if candidate.exists():
            return candidate
    found = shutil.which("bersih")
    return Path(found) if found else None


def clean_with_cli(texts: Dict[str, str], workdir: Path) -> Dict[str, str]:
    """Cleans each text with the `bersih` command, as a .txt file, and returns the outputs by key."""
    cli = cli_binary()
    if cli is None:
        pytest.skip("no `bersih` command: set BERSIH_CLI or run `cargo build --bin bersih`")
    inputs, outputs = workdir / "txt-in", workdir / "txt-out"
    inputs.mkdir(parents=True)
    names = {key: f"{i:05}.txt" for i, key in enumerate(texts)}
    for key, text in texts.items():
        (inputs / names[key]).write_text(text, encoding="utf-8")
    subprocess.run([str(cli), "clean", "-o", str(outputs), str(inputs)], check=True)
    return {key: (outputs / name).read_text(encoding="utf-8") for key, name in names.items()}
