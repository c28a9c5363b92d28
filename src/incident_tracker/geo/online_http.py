"""How the online tier talks HTTP: geopy's transport, kept to one host, one size, one deadline.

geopy's own urllib adapter follows redirects (a server, or anyone between, could send the query
to another host), reads a body of any size into memory (a 40 MB answer was read, parsed and
cached whole), waits only per read (a server sending a byte every few tenths of a second kept a
lookup going for as long as it liked), and puts the server's text into its errors (an HTML page,
escape sequences and all, inside the one line the analyst reads). This adapter does none of
those: every failure is an :class:`OnlineServiceError` whose message is ours, one line, naming
what went wrong and never quoting the server. Imported only when the online tier asks (geopy
stays off the start-up path).
"""

from __future__ import annotations

import json
import time
from email.utils import parsedate_to_datetime
from http.client import HTTPException
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import HTTPRedirectHandler, HTTPSHandler, ProxyHandler, Request, build_opener

from geopy.adapters import BaseSyncAdapter

from .online_answers import OnlineServiceError, sound_answers

#: Nominatim's answer to one query (five places with their addresses) is a few kilobytes.
MOST_BYTES = 1_000_000
#: The longest a server's "wait" (Retry-After) is kept: a day; a larger value is taken as a day.
LONGEST_WAIT_SECONDS = 86_400.0
#: The wait after a 429 that names none: a minute, Nominatim's own advice to a blocked client.
DEFAULT_WAIT_SECONDS = 60.0


class _NoRedirects(HTTPRedirectHandler):
    """A 3xx is an error here: the query goes to the configured host or nowhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def retry_after(value: str | None) -> float | None:
    """Retry-After's seconds (a number or an HTTP date), at most :data:`LONGEST_WAIT_SECONDS`; None if unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(int(text))
    except ValueError:
        try:
            seconds = parsedate_to_datetime(text).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return min(max(seconds, 0.0), LONGEST_WAIT_SECONDS)


class GuardedAdapter(BaseSyncAdapter):  # type: ignore[misc]
    """geopy's sync adapter over urllib: no redirects, at most :data:`MOST_BYTES`, one deadline for the whole answer."""

    def __init__(self, *, proxies: Any, ssl_context: Any) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        handlers: list[Any] = [HTTPSHandler(context=ssl_context), _NoRedirects()]
        if proxies is not None:
            handlers.append(ProxyHandler(proxies))
        self.urlopen = build_opener(*handlers).open

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            payload = json.loads(text)
        except ValueError:
            raise OnlineServiceError("gave an answer that is not a Nominatim answer (not JSON)") from None
        return sound_answers(payload)

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        deadline = time.monotonic() + timeout
        try:
            page = self.urlopen(Request(url=url, headers=headers), timeout=timeout)
        except HTTPError as error:
            raise _status_error(error.code, error.headers.get("Retry-After")) from None
        except TimeoutError:
            raise OnlineServiceError(f"did not answer within {timeout:g} s") from None
        except URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise OnlineServiceError(f"did not answer within {timeout:g} s") from None
            shown = getattr(reason, "strerror", None) or type(reason).__name__
            raise OnlineServiceError(f"could not be reached ({shown})") from None
        except (HTTPException, ConnectionError):
            raise OnlineServiceError("closed the connection without answering") from None
        except OSError as error:
            raise OnlineServiceError(f"could not be reached ({error.strerror or type(error).__name__})") from None
        with page:
            if page.getcode() != 200:
                raise _status_error(page.getcode(), page.headers.get("Retry-After"))
            body = _read_whole(page, deadline, timeout)
            charset = page.headers.get_content_charset() or "utf-8"
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise OnlineServiceError("gave an answer that is not a Nominatim answer (undecodable text)") from None


def _read_whole(page: Any, deadline: float, timeout: float) -> bytes:
    """The body, read as it comes: refused past :data:`MOST_BYTES` or past the deadline."""
    declared = page.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > MOST_BYTES:
        raise OnlineServiceError(f"sent an answer larger than {MOST_BYTES // 1_000_000} MB; not read")
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = page.read1(65_536)
        except TimeoutError:
            raise OnlineServiceError(f"did not answer within {timeout:g} s") from None
        except (HTTPException, OSError):
            raise OnlineServiceError("closed the connection before its answer was whole") from None
        if not chunk:
            break
        size += len(chunk)
        if size > MOST_BYTES:
            raise OnlineServiceError(f"sent an answer larger than {MOST_BYTES // 1_000_000} MB; not read")
        if time.monotonic() > deadline:
            raise OnlineServiceError(f"did not answer within {timeout:g} s")
        chunks.append(chunk)
    body = b"".join(chunks)
    if declared and declared.strip().isdigit() and len(body) < int(declared):
        raise OnlineServiceError("closed the connection before its answer was whole")
    return body


def _status_error(code: int, retry: str | None) -> OnlineServiceError:
    if 300 <= code < 400:
        return OnlineServiceError(f"sent a redirect (HTTP {code}) elsewhere; not followed")
    wait = retry_after(retry)
    if code == 429:
        wait = DEFAULT_WAIT_SECONDS if wait is None else wait
        return OnlineServiceError(f"asked to wait {wait:.0f} s (HTTP 429, too many requests)", wait_seconds=wait)
    if code == 503 and wait is not None:
        return OnlineServiceError(f"asked to wait {wait:.0f} s (HTTP 503, unavailable)", wait_seconds=wait)
    return OnlineServiceError(f"answered HTTP {code}")
