"""Type stubs for bersih's Rust extension module."""

from typing import Any, Dict, Iterable, List, Mapping, Optional, TypedDict, Union

__version__: str

class Caption(TypedDict):
    text: str
    credit: Optional[str]

class EditDict(TypedDict):
    stage: str
    """The stage that made the edit (``normalize``, ``boilerplate``, ...)."""
    rule: str
    """The rule's stable code, such as ``B012``."""
    start: int
    """Start of the replaced span, as an index into the decoded input string."""
    end: int
    """End of the replaced span (exclusive)."""
    before: str
    after: str
    confidence: float
    absorbed: List[str]
    runner_up: Optional[str]

class Document(TypedDict, total=False):
    text: str
    title: Optional[str]
    site: Optional[str]
    published: Optional[str]
    authors: List[str]
    editors: List[str]
    dateline: Optional[str]
    captions: List[Caption]
    related: List[str]
    encoding: str
    edits: List[EditDict]

class Pipeline:
    """A cleaning pipeline, built once from a configuration and used for any number of
    documents, from any number of threads.

    ``config`` is a dict in the form of bersih's configuration (keys may use ``_`` or ``-``);
    keyword options are set on top of it. Building compiles every rule: build once, reuse.

    Raises ConfigError, RuleError, LexiconError or UnknownEncodingError when the configuration
    cannot be built.
    """

    def __init__(self, config: Optional[Mapping[str, Any]] = None, **options: Any) -> None: ...
    def clean(self, text: Union[str, bytes]) -> str:
        """Cleans one document and returns the clean text. ``str`` is taken as decoded text;
        ``bytes`` are decoded as the ``bersih`` command decodes a file (BinaryInputError for
        binary data)."""
    def clean_document(self, text: Union[str, bytes]) -> Document:
        """Cleans one document and returns ``text``, the metadata fields, ``encoding`` and the
        ``edits`` log; ``input[start:end] == before`` for every edit."""
    def clean_batch(self, texts: Iterable[Union[str, bytes]], threads: Optional[int] = None) -> List[str]:
        """Cleans many documents in parallel in Rust, without the GIL, and returns the clean
        texts in order. ``threads=None`` uses every core."""
    @property
    def stages(self) -> List[str]:
        """The names of the stages this pipeline runs, in order."""
    @property
    def config(self) -> Dict[str, Any]:
        """The configuration this pipeline was built from, as a dict ``Pipeline`` accepts."""
    def rules(self) -> List[Dict[str, Any]]:
        """Every rule this pipeline can apply: ``code``, ``name``, ``stage``, ``why``,
        ``origin`` and, when present, ``example`` and ``counter_example``."""

class BersihError(Exception):
    """Base class of every error bersih raises."""

class UnknownEncodingError(BersihError):
    """The configured encoding is not a WHATWG Encoding Standard label."""

class BinaryInputError(BersihError):
    """The input bytes are binary data (NUL bytes), not text."""

class RuleError(BersihError):
    """A rule file cannot be read or parsed, or one of its rules is wrong."""

class LexiconError(BersihError):
    """A lexicon file for the repair stage cannot be read."""

class ConfigError(BersihError):
    """The configuration is inconsistent or names an unknown option."""
