"""bersih: clean text scraped from news pages into canonical text, with every edit recorded.

The cleaning runs in bersih's Rust library; this package is a thin layer over it::

    import bersih

    bersih.clean(raw)                     # the clean text
    bersih.clean_document(raw)            # text, metadata and the edit log, as a dict
    pipeline = bersih.Pipeline({"ignore": ["B0"]})
    pipeline.clean_batch(texts)           # many documents in parallel, GIL released

Integrations: ``bersih.ray.Cleaner`` for Ray Data and ``bersih.datatrove.BersihFormatter`` for
datatrove; each imports its framework only when used.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any, Dict, Union

from ._bersih import (
    BersihError,
    BinaryInputError,
    ConfigError,
    LexiconError,
    Pipeline,
    RuleError,
    UnknownEncodingError,
    __version__,
)

__all__ = [
    "BersihError",
    "BinaryInputError",
    "ConfigError",
    "LexiconError",
    "Pipeline",
    "RuleError",
    "UnknownEncodingError",
    "__version__",
    "clean",
    "clean_document",
]


def clean(text: Union[str, bytes], **options: Any) -> str:
    """Cleans one document and returns the clean text.

    ``options`` are configuration keys, as for ``Pipeline`` (``stages``, ``encoding``,
    ``languages``, ``rule_files``, ``select``, ``ignore``, ``lexicon_files``). The pipeline for a
    set of options is built once and kept, so calling ``clean`` in a loop is cheap; for batches,
    ``Pipeline.clean_batch`` is faster still.
    """
    return _pipeline(options).clean(text)


def clean_document(text: Union[str, bytes], **options: Any) -> Dict[str, Any]:
    """Cleans one document and returns a dict: ``text``, the metadata fields, ``encoding`` and
    ``edits``. See ``Pipeline.clean_document``."""
    return _pipeline(options).clean_document(text)


def _pipeline(options: Dict[str, Any]) -> Pipeline:
    if not options:
        return _cached(None)
    try:
        key = json.dumps(options, sort_keys=True, default=os.fspath)
    except TypeError:
        # Not plain data: let Pipeline explain what it cannot use.
        return Pipeline(None, **options)
    return _cached(key)


@lru_cache(maxsize=16)
def _cached(key: Union[str, None]) -> Pipeline:
    return Pipeline(None if key is None else json.loads(key))
