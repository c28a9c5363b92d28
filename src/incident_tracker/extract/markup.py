"""An article saved as a web page (HTML) read as its text; one saved as RTF refused in one line (probe18).

The reader reads prose. Given a saved page, it read the markup as words: the tags stayed in the quoted sentences
and in the draft's description (which ``--add`` stored), and a tag inside a phrase ("were <b>killed</b>") hid the
toll. A page is now read as a browser shows its text: the words of the body, a paragraph for each block (``p``,
``div``, ``li``, a heading, ``br``), entities as the characters they name, and nothing of ``script``, ``style``,
``head`` or a comment; Python's own ``html.parser`` does it, no new dependency.

RTF is refused rather than read: Python has no RTF reader, and one written here would have to know the control
words, groups, code pages and ``\\uN`` escapes of every word processor, or leave pieces of them in the text, which
is what this module removes. A word processor saves the same article as plain text in two clicks.

Only a text that *is* a document is read so: one that begins (after spaces and a byte-order mark) with
``<!DOCTYPE html``, ``<html``, ``<head``, ``<body`` or ``<?xml`` followed by an ``<html`` element, or with
``{\\rtf``. An article that quotes a tag in its prose is read as it is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..errors import ValidationError

#: A text that is an HTML document: its first markup opens the document, not a quoted tag.
_HTML_START = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
#: Elements that end a paragraph of the page's text.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer"}
    | {"form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"}
    | {"table", "td", "th", "tr", "ul"}
)
#: Elements whose content is no text of the page.
_HIDDEN = frozenset({"script", "style", "head", "template", "noscript", "svg", "iframe", "object"})


class _PageText(HTMLParser):
    """Collects the page's visible words, a blank line at each block's edge."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:  # <br/>, <hr/>
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def page_text(html: str) -> str:
    """The text a browser shows of ``html``: paragraphs apart by a blank line, each one line of words."""
    parser = _PageText()
    parser.feed(html)
    parser.close()
    blocks = re.split(r"\n\s*\n", "".join(parser.parts))
    return "\n\n".join(line for block in blocks if (line := " ".join(block.split())))


def plain_article(text: str, name: str) -> str:
    """``text`` as the reader reads it: a web page as its text, plain text as it is; an RTF document refused in
    one line naming ``name`` (the file, or ``text`` in the library)."""
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{\\rtf"):
        raise ValidationError(
            f"{name} is an RTF document (it begins with {{\\rtf): tracker extract reads plain text. Save the "
            "article as plain text (.txt) and give that file.",
            field="text",
        )
    if _HTML_START.match(start):
        return page_text(text)
    return text
