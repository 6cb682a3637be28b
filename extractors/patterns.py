"""Every regular expression applied to report text goes through here: compiled with `regex` and applied with a
time limit, so that no text, however it is built, can hang the pipeline.

Two limits, both set here. One use of a pattern (a search, a match, a sub, a `finditer`'s scan for up to
SCAN_CHUNK matches) stops after PATTERN_SECONDS of processor time. Inside `time_limit()` (extraction of one
document) the first pattern used after DOCUMENT_SECONDS stops the document. Either raises ExtractionTimeout, which ingest and
`policyfacts extract` report as the reason the document was refused.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import os
import time
from typing import Iterator

import regex

PATTERN_SECONDS = 2.0
# Matches a finditer collects in one timed use.
SCAN_CHUNK = 1000
# POLICYFACTS_TIME_LIMIT (seconds) overrides it, for a slow machine or for a test.
DOCUMENT_SECONDS = float(os.environ.get("POLICYFACTS_TIME_LIMIT", "120"))


class ExtractionTimeout(Exception):
    """A pattern, or a document's extraction, ran over its time limit."""


# (deadline, seconds) of the document being extracted in this thread or task; None outside `time_limit`.
_limit: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar("extraction_limit", default=None)


@contextlib.contextmanager
def time_limit(seconds: float | None = None):
    """Patterns used inside this block stop the block with ExtractionTimeout once `seconds` (by default
    DOCUMENT_SECONDS) have passed."""
    seconds = DOCUMENT_SECONDS if seconds is None else seconds
    token = _limit.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _limit.reset(token)


def _timeout() -> float:
    """The time one use of a pattern may take now."""
    limit = _limit.get()
    if limit is None:
        return PATTERN_SECONDS
    left = limit[0] - time.monotonic()
    if left <= 0:
        raise _document_timed_out()
    return min(PATTERN_SECONDS, left)


def _document_timed_out() -> ExtractionTimeout:
    return ExtractionTimeout(f"extraction ran over its limit of {_limit.get()[1]:g} s")


class Pattern:
    """A compiled `regex` pattern whose every use is time-limited. Same methods and arguments as regex's."""

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern

    def _call(self, method, *args, **kwargs):
        seconds = _timeout()
        try:
            return method(*args, timeout=seconds, **kwargs)
        except TimeoutError as e:
            raise self._timed_out(seconds) from e

    def _timed_out(self, seconds: float) -> ExtractionTimeout:
        if seconds < PATTERN_SECONDS:
            return _document_timed_out()
        return ExtractionTimeout(f"the pattern {self.pattern[:40]!r} ran over its limit of {PATTERN_SECONDS:g} s")

    def search(self, *args, **kwargs) -> regex.Match | None:
        return self._call(self.compiled.search, *args, **kwargs)

    def match(self, *args, **kwargs) -> regex.Match | None:
        return self._call(self.compiled.match, *args, **kwargs)

    def fullmatch(self, *args, **kwargs) -> regex.Match | None:
        return self._call(self.compiled.fullmatch, *args, **kwargs)

    def sub(self, *args, **kwargs) -> str:
        return self._call(self.compiled.sub, *args, **kwargs)

    def split(self, *args, **kwargs) -> list[str]:
        return self._call(self.compiled.split, *args, **kwargs)

    def findall(self, *args, **kwargs) -> list:
        return self._call(self.compiled.findall, *args, **kwargs)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 overlapped: bool = False) -> Iterator[regex.Match]:
        # A scan runs in timed uses of up to SCAN_CHUNK matches, each run to its end before the caller sees a
        # match: regex times a finditer in processor time from its start, which would otherwise count the
        # caller's work between matches. The chunks bound the matches held at once.
        endpos = len(text) if endpos is None else endpos
        while True:
            chunk = self._call(self._scan, text, pos, endpos, overlapped)
            yield from chunk
            if len(chunk) < SCAN_CHUNK:
                return
            last = chunk[-1]
            pos = last.start() + 1 if overlapped or last.end() == last.start() else last.end()

    def _scan(self, text: str, pos: int, endpos: int, overlapped: bool, timeout: float) -> list[regex.Match]:
        scan = self.compiled.finditer(text, pos, endpos, overlapped=overlapped, timeout=timeout)
        return list(itertools.islice(scan, SCAN_CHUNK))


@functools.lru_cache(maxsize=None)
def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001  (mirrors regex.compile)
    return Pattern(regex.compile(pattern, flags))


def search(pattern: str, text: str, *args, **kwargs) -> regex.Match | None:
    return compile(pattern).search(text, *args, **kwargs)


def fullmatch(pattern: str, text: str, *args, **kwargs) -> regex.Match | None:
    return compile(pattern).fullmatch(text, *args, **kwargs)


def sub(pattern: str, replacement: str, text: str, *args, **kwargs) -> str:
    return compile(pattern).sub(replacement, text, *args, **kwargs)
