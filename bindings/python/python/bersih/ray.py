"""bersih for Ray Data: a callable class for ``Dataset.map_batches``.

::

    import ray
    from bersih.ray import Cleaner

    ds = ray.data.read_json("corpus.jsonl")
    ds = ds.map_batches(Cleaner, batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=2))
    ds.write_json("clean/")

Ray builds one ``Cleaner`` per actor, so each actor compiles the pipeline once and cleans every
batch it is given. The other columns of a batch are kept as they are.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Optional

from ._bersih import Pipeline

__all__ = ["Cleaner"]


class Cleaner:
    """Cleans the ``column`` of each batch (pyarrow Table, pandas DataFrame, or dict of numpy
    arrays, whichever ``batch_format`` Ray passes) and writes the clean text to
    ``output_column`` (the same column by default). Null texts stay null.

    ``threads`` is how many threads clean one batch. It defaults to 1 because Ray already gives
    each actor its own CPU (``num_cpus=1``); ask Ray for more CPUs per actor before raising it.
    ``config`` and ``options`` configure the pipeline, as for ``bersih.Pipeline``. Pass them with
    ``fn_constructor_kwargs``.
    """

    def __init__(
        self,
        config: Optional[Mapping[str, Any]] = None,
        *,
        column: str = "text",
        output_column: Optional[str] = None,
        threads: int = 1,
        **options: Any,
    ) -> None:
        self.pipeline = Pipeline(config, **options)
        self.column = column
        self.output_column = output_column or column
        self.threads = threads

    def __call__(self, batch: Any) -> Any:
        kind = type(batch).__module__.split(".")[0]
        if kind == "pyarrow":
            return self._clean_arrow(batch)
        if kind == "pandas":
            return self._clean_pandas(batch)
        if isinstance(batch, Mapping):
            return self._clean_numpy(batch)
        raise TypeError(f"bersih.ray.Cleaner cannot clean a batch of type {type(batch).__name__}")

    def _clean(self, values: List[Optional[Any]]) -> List[Optional[str]]:
        present = [i for i, v in enumerate(values) if v is not None]
        cleaned = self.pipeline.clean_batch([values[i] for i in present], threads=self.threads)
        out: List[Optional[str]] = [None] * len(values)
        for i, text in zip(present, cleaned):
            out[i] = text
        return out

    def _missing(self, columns: Any) -> KeyError:
        return KeyError(f"no column {self.column!r} to clean; the batch has {list(columns)}")

    def _clean_arrow(self, table: Any) -> Any:
        import pyarrow as pa

        if self.column not in table.column_names:
            raise self._missing(table.column_names)
        source = table.column(self.column)
        string_type = source.type if pa.types.is_string(source.type) or pa.types.is_large_string(source.type) else pa.string()
        cleaned = pa.array(self._clean(source.to_pylist()), type=string_type)
        if self.output_column in table.column_names:
            return table.set_column(table.column_names.index(self.output_column), self.output_column, cleaned)
        return table.append_column(self.output_column, cleaned)

    def _clean_pandas(self, frame: Any) -> Any:
        if self.column not in frame.columns:
            raise self._missing(frame.columns)
        values = [None if _is_missing(v) else v for v in frame[self.column].tolist()]
        frame = frame.copy(deep=False)
        frame[self.output_column] = self._clean(values)
        return frame

    def _clean_numpy(self, batch: Mapping[str, Any]) -> Any:
        import numpy as np

        if self.column not in batch:
            raise self._missing(batch.keys())
        out = dict(batch)
        out[self.output_column] = np.array(self._clean(list(batch[self.column])), dtype=object)
        return out


def _is_missing(value: Any) -> bool:
    # pandas holds a null text as None, NaN or pd.NA depending on the column's dtype.
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"
