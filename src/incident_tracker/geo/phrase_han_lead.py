"""What a Chinese phrase says before or after the name it is about, taken off for :func:`.phrase_han.read_han`.

Two shapes, each read only when what is left is a place the chain reader knows:

- A verb of opening or closing before a crossing's name: "增开X口岸" (open another port, X), "开通X山口"
  (open the X pass), "关闭X口岸" (close the X port). The port or pass is where the event is; the verb
  says what happened there. Taken off only before a name that ends with a port or pass word, so a verb
  before anything else (a road, a list) leaves the text as it is.
- A name that is the subject of "位于" (lies in): "X位于中国新疆与哈萨克斯坦的边境线上" (X lies on the line
  of China's Xinjiang and Kazakhstan). The clause after says where X lies, a wider place; the answer is X,
  read alone, when the reader knows it; else the text is read as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["read_lead"]

#: Verbs of opening and closing a crossing, longest first (simplified; the reader folds traditional ones).
_PORT_VERB = re.compile(
    r"^(?:恢复开放|重新开放|重新开通|临时关[闭閉]|暂时关[闭閉]|增开|新开|加开|开通|开放|开启|重开|关[闭閉]|封[闭閉]|关停)"
    r"(?=[\u4e00-\u9fff]{2,}(?:口岸|山口|达坂|通道)$)"
)
#: "X位于…": the subject before "lies in" (at least two characters, no digit: a name).
_LIES_IN = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)位于(?=.)")


def read_lead(rest: str, read: Callable[[str], str | None]) -> tuple[str, str | None]:
    """``rest`` with a verb of opening or closing taken off before a crossing's name, and the reading
    of the subject of "位于" when ``read`` (the chain reader) knows it alone (else None)."""
    rest = _PORT_VERB.sub("", rest, count=1)
    if (match := _LIES_IN.match(rest)) and (subject := read(match.group("subject"))):
        return rest, subject
    return rest, None
