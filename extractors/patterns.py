"""Every regular expression applied to report text goes through here: compiled with `regex` and applied with a
time limit, so that no text, however it is built, can hang the pipeline.

Two limits, both set here. Inside `time_limit()` (extraction of one document) the document stops after
DOCUMENT_SECONDS of wall time. In the main thread an alarm signal enforces it wherever the work is — in a pattern
(regex checks for signals while it matches), in jieba, in spaCy — and costs nothing per pattern. Where no alarm
can be set (another thread, such as a threaded Dask worker, or an alarm already in use), each use of a pattern
(a search, a match, a sub, a `finditer`'s scan for up to SCAN_CHUNK matches) stops after PATTERN_SECONDS of
processor time instead, and the first pattern used after DOCUMENT_SECONDS stops the document. Outside
`time_limit()` every use has the per-use limit. Each raises ExtractionTimeout, which ingest and `policyfacts
extract` report as the reason the document was refused.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import os
import signal
import threading
import time
from typing import Iterator, NamedTuple

import regex

PATTERN_SECONDS = 2.0
# Matches a finditer collects in one timed use.
SCAN_CHUNK = 1000
# POLICYFACTS_TIME_LIMIT (seconds) overrides it, for a slow machine or for a test.
DOCUMENT_SECONDS = float(os.environ.get("POLICYFACTS_TIME_LIMIT", "120"))


class ExtractionTimeout(Exception):
    """A pattern, or a document's extraction, ran over its time limit."""


class _Limit(NamedTuple):
    deadline: float  # time.monotonic()
    seconds: float
    alarm: bool  # an alarm signal enforces it, so patterns need no timeout of their own


# The limit of the document being extracted in this thread or task; None outside `time_limit`.
_limit: contextvars.ContextVar[_Limit | None] = contextvars.ContextVar("extraction_limit", default=None)


@contextlib.contextmanager
def time_limit(seconds: float | None = None):
    """The block stops with ExtractionTimeout once `seconds` (by default DOCUMENT_SECONDS) have passed: anywhere
    in it when an alarm can be set here, else at the next pattern used."""
    seconds = DOCUMENT_SECONDS if seconds is None else seconds
    alarm = seconds > 0 and _alarm_is_free()
    token = _limit.set(_Limit(time.monotonic() + seconds, seconds, alarm))
    if alarm:
        previous_handler = signal.signal(signal.SIGALRM, _alarm_rang)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)
        _limit.reset(token)


def _alarm_is_free() -> bool:
    """Signals reach only the main thread, and one process has one real-time alarm."""
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


def _alarm_rang(signum, frame):
    raise _document_timed_out()


def _timeout() -> float | None:
    """The time one use of a pattern may take now; None when the document's alarm bounds it."""
    limit = _limit.get()
    if limit is None:
        return PATTERN_SECONDS
    if limit.alarm:
        return None
    left = limit.deadline - time.monotonic()
    if left <= 0:
        raise _document_timed_out()
    return min(PATTERN_SECONDS, left)


def _document_timed_out() -> ExtractionTimeout:
    return ExtractionTimeout(f"extraction ran over its limit of {_limit.get().seconds:g} s")


def _limited(name: str):
    """The method `name` of a compiled pattern, time-limited. Checks the alarm inline: a pattern is used some
    300,000 times per MB of reports, and the calls around it took a fifth of the extraction's time."""

    def use(self, *args, **kwargs):
        method = getattr(self.compiled, name)
        limit = _limit.get()
        if limit is not None and limit.alarm:  # the document's alarm bounds it
            return method(*args, **kwargs)
        return self._call(method, *args, **kwargs)

    use.__name__ = name
    return use


class Pattern:
    """A compiled `regex` pattern whose every use is time-limited. Same methods and arguments as regex's."""

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern

    def _call(self, method, *args, **kwargs):
        seconds = _timeout()
        if seconds is None:
            return method(*args, **kwargs)
        try:
            return method(*args, timeout=seconds, **kwargs)
        except TimeoutError as e:
            raise self._timed_out(seconds) from e

    def _timed_out(self, seconds: float) -> ExtractionTimeout:
        if seconds < PATTERN_SECONDS:
            return _document_timed_out()
        return ExtractionTimeout(f"the pattern {self.pattern[:40]!r} ran over its limit of {PATTERN_SECONDS:g} s")

    search = _limited("search")
    match = _limited("match")
    fullmatch = _limited("fullmatch")
    sub = _limited("sub")
    split = _limited("split")
    findall = _limited("findall")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 overlapped: bool = False) -> Iterator[regex.Match]:
        limit = _limit.get()
        if limit is not None and limit.alarm:  # the document's alarm bounds the scan: regex's own iterator
            return self.compiled.finditer(text, pos, endpos, overlapped=overlapped)
        return self._timed_scan(text, pos, len(text) if endpos is None else endpos, overlapped)

    def _timed_scan(self, text: str, pos: int, endpos: int, overlapped: bool) -> Iterator[regex.Match]:
        # A scan runs in timed uses of up to SCAN_CHUNK matches, each run to its end before the caller sees a
        # match: regex times a finditer in processor time from its start, which would otherwise count the
        # caller's work between matches. The chunks bound the matches held at once.
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
