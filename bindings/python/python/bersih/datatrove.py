"""bersih for datatrove: a pipeline step that cleans ``Document.text``.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from bersih.datatrove import BersihFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("raw/"), BersihFormatter(), JsonlWriter("clean/")],
        tasks=4,
    ).run()
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from ._bersih import Pipeline

__all__ = ["BersihFormatter"]

# The fields of a cleaned document that are data about the article, as opposed to its text or
# the edit log.
_SKIPPED = ("text", "edits")


# A PipelineStep rather than datatrove's BaseFormatter: importing datatrove's formatters package
# needs its optional `processing` dependencies, which cleaning with bersih does not.
class BersihFormatter(PipelineStep):
    """Cleans each document's text with bersih and records what bersih learnt about the article
    (title, site, published, authors, editors, dateline, captions, related, encoding) and how many
    edits it made in ``doc.metadata[metadata_key]``.

    ``edits=True`` also keeps the full edit log there (large: one entry per change).
    ``config`` and ``options`` configure the pipeline, as for ``bersih.Pipeline``.
    """

    name = "🧽 bersih"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Optional[Mapping[str, Any]] = None,
        *,
        metadata_key: str = "bersih",
        edits: bool = False,
        **options: Any,
    ) -> None:
        super().__init__()
        self.pipeline = Pipeline(config, **options)
        self.metadata_key = metadata_key
        self.keep_edits = edits

    def format(self, text: str) -> str:
        """The clean text alone, as datatrove's formatters give it."""
        return self.pipeline.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                cleaned = self.pipeline.clean_document(doc.text)
                doc.text = cleaned["text"]
                doc.metadata[self.metadata_key] = self._metadata(cleaned)
            self.stat_update("edits", value=len(cleaned["edits"]), unit="doc")
            yield doc

    def _metadata(self, cleaned: Mapping[str, Any]) -> Dict[str, Any]:
        metadata = {key: value for key, value in cleaned.items() if key not in _SKIPPED}
        metadata["edit_count"] = len(cleaned["edits"])
        if self.keep_edits:
            metadata["edits"] = cleaned["edits"]
        return metadata
