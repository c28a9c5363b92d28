"""The article ``tracker extract`` reads: from a file, a FIFO, a device or stdin, refused in one line when it
cannot be read as an article, before the reader spends minutes on it (probe17).

The reader's own limits (the size, UTF-8) are :mod:`incident_tracker.extract.article`'s; this is what the
command adds at its entry, without touching how the text is read:

- **A FIFO is waited for a bounded time.** Opening a FIFO nothing writes to blocks until something does, so
  ``tracker extract pipe`` waited for ever. The FIFO is opened in a helper thread; when no writer has opened
  it within :data:`FIFO_WAIT_SECONDS` the command stops in one line. A pipe that has a writer
  (``tracker extract <(curl …)``) opens at once and is read to its end, however long the writer takes.
- **Text that is no article is refused.** A NUL character (a UTF-16 file read as UTF-8 is half NULs; a binary
  file) and a number longer than Python reads (more than 4,300 digits: it stopped the reader with a ValueError).
- **A sentence longer than the reader's** :data:`~incident_tracker.extract.sentences.LONGEST_SENTENCE` **is read,
  and said.** probe17 refused one (200,000 characters ran for minutes, its time the square of its length);
  since probe18 the library reads it as pieces of at most that length, in time linear in it (probe19: 200,000
  characters of killings in 81 s, 20,000 in 6 s), so the refusal only turned away a paste that lost its full
  stops. One ``Note:`` line says the text was read in pieces, and the reading deadline still bounds the rest.
- **The reading has a deadline.** Some texts of ordinary sentences still take the reader a time that grows
  with the square of their length (30 KB of sentences of 250 characters, each a killing "and" another: a
  minute); :func:`reading_deadline` stops the reader after :data:`MAX_READING_SECONDS` in one line, before
  anything is written (the library's ``extract_drafts`` has no deadline: a caller sets its own).
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import IO

from ..errors import TrackerError, ValidationError
from ..exchange.files import FIFO_WAIT_SECONDS  # one wait for a FIFO, read (here) or written (an export)
from ..models import refuse_article

#: How long the reader may take over one article (a 500 KB article of short news sentences takes about 45 s).
MAX_READING_SECONDS = 180.0

STDIN_NAME = "The text on stdin"


def article_name(file: Path | None) -> str:
    """What the lines of the command call the article."""
    return STDIN_NAME if file is None or str(file) == "-" else str(file)


def read_article_text(file: Path | None) -> str:
    """The article's text (``None`` or ``-``: stdin), refused in one line when it cannot be read as one."""
    from ..extract.article import read_article, read_article_stream
    from ..extract.markup import plain_article

    if file is None or str(file) == "-":
        if file is None and sys.stdin.isatty():
            raise ValidationError("Give the article: a text file (tracker extract article.txt) or text piped on stdin.")
        text, name = read_article_stream(sys.stdin.buffer), STDIN_NAME
    elif _is_fifo(file):
        text, name = _read_fifo(file), str(file)
    else:
        text, name = read_article(file), str(file)
    text = plain_article(text, name)  # a saved web page as its text; RTF refused
    refuse_unreadable_article(text, name)
    return text


def refuse_unreadable_article(text: str, name: str) -> None:
    """Refuse a text holding a NUL or an unreadably long number; say so when a sentence is read as pieces."""
    from ..extract.sentences import LONGEST_SENTENCE, split_sentences
    from .render import message

    refuse_article(text, name)  # the library's own check and wording (extract_drafts makes it again)
    longest = max((len(sentence.text) for sentence in split_sentences(text, None)), default=0)
    if longest > LONGEST_SENTENCE:
        message(
            f"Note: {name} holds a sentence of {longest:,} characters (a news sentence is rarely 500): it is read "
            f"as pieces of at most {LONGEST_SENTENCE:,}; check that the text kept its full stops."
        )


def _is_fifo(file: Path) -> bool:
    try:
        return stat.S_ISFIFO(os.stat(file).st_mode)
    except OSError:
        return False  # read_article says what is wrong with the path


def _read_fifo(file: Path) -> str:
    """A FIFO's text, once a writer has opened it (within :data:`FIFO_WAIT_SECONDS`)."""
    from ..extract.article import read_article_stream

    opened: list[IO[bytes]] = []
    failed: list[OSError] = []

    def open_it() -> None:
        try:
            opened.append(open(file, "rb"))  # noqa: SIM115 - closed below, by the thread that waits
        except OSError as exc:
            failed.append(exc)

    opener = threading.Thread(target=open_it, name="fifo-open", daemon=True)
    opener.start()
    opener.join(FIFO_WAIT_SECONDS)
    if opener.is_alive():
        _release(file, opener)
        for handle in opened:
            handle.close()
        raise ValidationError(
            f"Nothing wrote to the FIFO {file} within {FIFO_WAIT_SECONDS:g} s: start the program that writes "
            "the article into it first, or give the article's file."
        )
    if failed:
        raise ValidationError(f"Cannot read {file}: {failed[0].strerror}.")
    with opened[0] as handle:
        return read_article_stream(handle, str(file))


def _release(file: Path, opener: threading.Thread) -> None:
    """Let the waiting open return (a writer's open and close: it reads an empty FIFO), so no thread is left
    blocked; if that fails the daemon thread ends with the process."""
    try:
        descriptor = os.open(file, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(descriptor)
    opener.join(1.0)


class _OutOfTime(Exception):
    """Raised by the timer's signal where the reader was, and turned into one line by :func:`reading_deadline`."""


@contextmanager
def reading_deadline(name: str, seconds: float | None = None) -> Iterator[None]:
    """Stop what runs inside (the reader, which writes nothing) after ``seconds`` (by default
    :data:`MAX_READING_SECONDS`), with one line naming ``name``.

    A real-time timer (``SIGALRM``) raises where the reader is: its regular expressions run a fraction of a
    millisecond each, and the signal is taken between two. Only the main thread of a system with the timer sets
    one; elsewhere the reader runs without a deadline.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    seconds = MAX_READING_SECONDS if seconds is None else seconds
    armed = [True]

    def out_of_time(signum: int, frame: FrameType | None) -> None:
        if armed[0]:
            raise _OutOfTime

    before = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OutOfTime:
        raise TrackerError(
            f"tracker extract stopped reading {name} after {seconds:g} s and wrote nothing: the reader takes minutes "
            "over some texts (long ones that tell one event again and again). Give it one article, or a part of it."
        ) from None
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before if before is not None else signal.SIG_DFL)
