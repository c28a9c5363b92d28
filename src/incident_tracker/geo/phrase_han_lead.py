"""What a Chinese phrase says before or after the name it is about, taken off for :func:`.phrase_han.read_han`.

Five shapes, each read only when what is left is a place the chain reader knows:

- A verb of opening or closing before a crossing's name: "增开X口岸" (open another port, X), "开通X山口"
  (open the X pass), "关闭X口岸" (close the X port). The port or pass is where the event is; the verb
  says what happened there. Taken off only before a name that ends with a port or pass word, so a verb
  before anything else (a road, a list) leaves the text as it is.
- A name that is the subject of "位于" (lies in): "X位于中国新疆与哈萨克斯坦的边境线上" (X lies on the line
  of China's Xinjiang and Kazakhstan). The clause after says where X lies, a wider place; the answer is X,
  read alone, when the reader knows it; else the text is read as it was.
- A name that is the subject of "距离 Y … 公里" (is … km from Y): "莎车距离喀什古城约200公里" (Yarkand is about
  200 km from Kashgar's old town). Y is a reference; the answer is X, read alone, when the reader knows it.
- A verb of passing through a unit ("经X县", via X county): the route passes through it (geo154).
- A verb of standing at or arriving at a place ("站在X", standing at X; "来到X", come to X; "在X", in X, and
  "在相邻的X", in the neighbouring X), and a gate's
  height with "前" (before) after the gate: "站在X高27米的国门前" (standing before X's national gate, 27 m
  high) is at X, as "X国门" is (the gate word is the reader's filler).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["port_verb_off", "read_lead"]

#: Verbs of opening and closing a crossing, longest first (simplified; the reader folds traditional ones).
_PORT_VERB = re.compile(
    r"^(?:恢复开放|重新开放|重新开通|临时关[闭閉]|暂时关[闭閉]|增开|新开|加开|开通|开放|开启|重开|关[闭閉]|封[闭閉]|关停)"
    r"(?![了过過])(?=[\u4e00-\u9fff]{2,}(?:口岸|山口|达坂|通道)$)"
)  # a verb with 了/过 after it opens a clause about the name ("关闭了两年的X口岸"): .han_modifiers reads it
#: "站在X" (standing at X), "来到X" (come to X): a verb of being or arriving at the place that follows; the bare
#: preposition "在X" (in X) too, and "相邻的" (neighbouring) after it: "在相邻的X省" (in the neighbouring X
#: province) is in X, a province that borders the report's other place, which the words do not name.
_AT_VERB = re.compile(
    r"^(?:站在|来到|來到|抵达|抵達|到达|到達|走到|在(?:相邻|相鄰|邻近|鄰近|毗邻|毗鄰)?的?)(?=[\u4e00-\u9fff]{2,})"
)
#: "经X县" (via X county; also "途经", "经过", "经由"): the route the report follows passes through the unit, which is
#: where it was seen (the dev set's g5754, "经疏附县"). Only before a name that ends with a county, city, township or
#: town word: "经" opens common words ("经济", economy), and a verb of passing before anything else stays (geo154).
_VIA_UNIT = re.compile(r"^(?:途经|途經|经过|經過|经由|經由|经|經)(?=[\u4e00-\u9fff]{1,10}(?:县|縣|市|乡|鄉|镇|鎮)$)")
#: "X高27米的国门前" (before X's national gate, 27 m high): a height says what the gate is like, not where,
#: and "前" (before) after the gate is at it; taken off together, only before the gate word.
_GATE_HEIGHT = re.compile(r"高(?:约|近)?\d+(?:\.\d+)?(?:米|公尺)的(?=国门)")
_BEFORE_GATE = re.compile(r"(?<=国门)前$")
#: "X位于…": the subject before "lies in" (at least two characters, no digit: a name).
_LIES_IN = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)位于(?=.)")
#: "X距离Y约200公里" (X is about 200 km from Y): the subject is the place; Y is what the distance is measured
#: from, a reference, not where X is (as "Y以南的X" is read by .han_modifiers).
_DISTANCE_FROM = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)距(?:离|離)?[\u4e00-\u9fff]{2,12}?"
    r"(?:约|約|大约|大約|仅|僅|只有|不到|近)?\d[\d,.]*(?:多|余|餘)?(?:公里|千米)$"
)


def port_verb_off(rest: str) -> str:
    """``rest`` (simplified) without a verb of opening or closing before a crossing's name: "关闭X口岸" → "X口岸"."""
    return _PORT_VERB.sub("", rest, count=1)


def read_lead(rest: str, read: Callable[[str], str | None]) -> tuple[str, str | None]:
    """``rest`` with a verb of opening or closing taken off before a crossing's name, and the reading
    of the subject of "位于" when ``read`` (the chain reader) knows it alone (else None)."""
    rest = port_verb_off(rest)
    rest = _BEFORE_GATE.sub("", _GATE_HEIGHT.sub("", _AT_VERB.sub("", rest, count=1), count=1))
    rest = _VIA_UNIT.sub("", rest, count=1)
    if (match := _LIES_IN.match(rest) or _DISTANCE_FROM.match(rest)) and (subject := read(match.group("subject"))):
        return rest, subject
    return rest, None
