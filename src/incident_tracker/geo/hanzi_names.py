"""A border place written in Chinese characters, read by the sounds the characters transcribe.

Chinese papers transcribe a foreign name anew each time, one character per syllable, and rarely
the same way twice: Torkham is 托尔卡姆, 托克哈姆, 托尔哈姆 and 多尔哈姆 in four reports. The
Chinese reader (`phrase_cyrillic`) knows a name only through its own table, one spelling a row.
This rule reads the characters instead: each transcription character has one or two Latin
values (the usual values of Chinese transcription of foreign names: 托 to, 尔 r, 卡 ka, 哈 ha or
kha, 姆 m...; 卢 ru as well as lu, as in 卢布, rouble, and as 鲁 has both), and a name written
wholly in such characters, before the words that say where ("边境附近", near the border; "口岸",
port of entry; "村", village; "加特", gate), is compared by its consonant skeleton
(`geo/skeleton.py`) with the names of the border pack.

Mandarin has no voiced stops (its d and t differ by aspiration), so transcribers use 多 (duo)
and 托 (tuo) for either: d and t count as one class here, on both sides; b/p and g/k are one
class in every skeleton already. The answer must be one pack place, by a skeleton of at least
four consonants (喀布尔, Kabul, gives three: ``kbr``, the skeleton of Khyber too), and is
given back as the pack place's own name ("near Torkham"), for the reader to take up as any Latin
name. A character outside the table, or a name shared by two places, leaves the text alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from .pack import shipped_pack
from .scripts import has_han
from .skeleton import skeletons
from .text import name_key

__all__ = ["han_transcription"]


def _table(spec: str) -> dict[str, tuple[str, ...]]:
    return {part[0]: tuple(part[2:].split("|")) for part in spec.split()}


#: Transcription characters and their Latin values (several where transcribers use one for more).
_SOUNDS = _table(
    "阿=a 安=an 奥=o 巴=ba 拜=bai 班=ban 贝=be 本=ben 比=bi 波=bo 博=bo 布=b|bu 查=cha 楚=chu 达=da 丹=dan "
    "德=d|de 迪=di 丁=din 东=don 杜=du 敦=dun 多=do 恩=n|en 尔=r 法=fa 夫=f 弗=f 富=fu 盖=gai 甘=gan 戈=go "
    "格=g 古=gu 哈=ha|kha 汗=khan 赫=kh|h 胡=hu|khu 霍=kho|ho 吉=ji|gi 基=ki|ji 加=ga|ja 贾=ja 杰=je "
    "喀=ka 卡=ka 坎=kan 科=ko 克=k 库=ku 拉=la|ra 莱=lai 兰=lan 勒=l 雷=rei 里=ri|li 利=li 卢=lu|ru 鲁=ru|lu "
    "罗=ro|lo 洛=lo 马=ma 麦=mai 曼=man 米=mi 莫=mo 姆=m 穆=mu 纳=na 南=nan 内=ne 尼=ni 努=nu 诺=no "
    "帕=pa 佩=pe 皮=pi 普=p 萨=sa 塞=se 桑=san 沙=sha 舍=she 什=sh 斯=s 苏=su 索=so 塔=ta 坦=tan 特=t "
    "提=ti 图=tu 托=to 瓦=va|wa 旺=wan 维=vi|wi 沃=vo|wo 乌=u 西=si|shi 希=shi|hi 亚=ya 耶=ye 伊=i "
    "扎=za 泽=ze 兹=z 祖=zu 爾=r 薩=sa 達=da 魯=ru|lu 諾=no 烏=u 蘭=lan 庫=ku 託=to 維=vi|wi 羅=ro|lo "
    "蘇=su 舒=shu 欣=hin|shin 绍=sho 紹=sho"
)
#: Countries written before the name ("塔吉克斯坦X地区") or before "一侧" (side) after it: context.
_COUNTRIES = {"塔吉克斯坦": "Tajikistan", "阿富汗": "Afghanistan", "巴基斯坦": "Pakistan", "伊朗": "Iran"}
#: "南部坎大哈省的X" (X of the southern province of Kandahar): the province is left to the names found.
_OF_PROVINCE = re.compile(r"^.*[省州]的(?=.)")
_SIDE = re.compile(r"(?:塔吉克斯坦|阿富汗|巴基斯坦|伊朗|中国|中國)?一[侧側]$")
#: Words after the name that say where, not what: near, border, port of entry, area, crossing,
#: village; and "加特" (jia te), English "gate" written by sound, a kind word as "gate" is in
#: the pack's Latin names ("Torkham Gate", `_KIND_WORDS`).
_TAIL = re.compile(
    r"(?:附近|一带|一帶|边境|邊境|口岸|地区|地區|过境点|過境點|关卡|關卡|关口|關口|检查站|檢查站|村庄|村莊|村|加特)$"
)
_NEAR = ("附近", "一带", "一帶")
#: "边境X村" (the border village X): the border word before the name says where, as it does after it.
_LEAD = re.compile(r"^(?:边境|邊境)(?=.)")
#: "X附近的供水设施" (the water works near X): the thing near X is the scene, so the text is near X; the
#: noun after "的" is taken off (a short run of Han letters, no digit) and "附近" kept (issue 13).
_THING_NEAR = re.compile(r"(?P<near>附近|一带|一帶)的[\u4e00-\u9fff]{1,8}$")
#: "吉尔吉斯斯坦西部与塔吉克斯坦接壤的X" (X, in western Kyrgyzstan, bordering Tajikistan): the land X borders
#: is across the line; the country before it, where named, is X's own, kept as context (issue 13).
_BORDERING = re.compile(
    r"^(?P<country>塔吉克斯坦|吉尔吉斯斯坦|阿富汗|巴基斯坦|伊朗)?(?:[东西南北中]部)?与[^的]{2,12}接壤的(?=.)"
)
_BORDERING_COUNTRIES = {**_COUNTRIES, "吉尔吉斯斯坦": "Kyrgyzstan"}
_MIN_LETTERS = 4
_MAX_READINGS = 64
_VOICING = str.maketrans("d", "t")


def _voiceless(found: frozenset[str]) -> set[str]:
    return {skeleton.translate(_VOICING) for skeleton in found if len(skeleton) >= _MIN_LETTERS}


@lru_cache(maxsize=1)
def _pack_by_skeleton() -> dict[str, dict[str, bool]]:
    """Each skeleton (d as t) of a Latin pack name: the pack places bearing it, and whether as their own name."""
    by: dict[str, dict[str, bool]] = {}
    for entry in shipped_pack():
        for name in (entry.name, *entry.aliases):
            for skeleton in _voiceless(skeletons(name_key(name))):
                places = by.setdefault(skeleton, {})
                places[entry.name] = places.get(entry.name, False) or name == entry.name
    return by


#: Kind words at the end of a pack name ("Chaman border crossing", "Chaman District").
_KIND_WORDS = re.compile(r"\s+(?:border\s+crossing|crossing|border|district|bazaar|gate|bridge)$", re.IGNORECASE)
_CROSSING_TAIL = ("口岸", "过境点", "過境點", "关卡", "關卡", "关口", "關口")


@lru_cache(maxsize=1)
def _pack_by_key() -> dict[str, dict[str, str]]:
    """Each Latin pack name's key without its kind word, letter for letter: the pack places bearing it, by kind."""
    by: dict[str, dict[str, str]] = {}
    for entry in shipped_pack():
        for name in (entry.name, *entry.aliases):
            by.setdefault(name_key(_KIND_WORDS.sub("", name)), {})[entry.name] = entry.kind
    return by


def _exact(readings: list[tuple[str, ...]], crossing: bool) -> dict[str, bool]:
    """A short name ("查曼", Chaman): the pack place whose name it spells letter for letter, never by
    skeleton; of several, the crossing when the words after it say a crossing ("口岸")."""
    places = {place: kind for reading in readings for place, kind in _pack_by_key().get("".join(reading), {}).items()}
    if len(places) > 1 and crossing:
        places = {place: kind for place, kind in places.items() if kind == "border_crossing"}
    return dict.fromkeys(places, True)


def _table_says_other(name: str, place: str, text: str) -> bool:
    """Does the Chinese reader's own table hold the name as another place ("卡拉苏", Karasu: the Chinese port
    of the Kulma crossing, which sounds like Qorasuv in Uzbekistan), and read the whole text? A cited row
    says which place it is; where the table reader leaves the text, the sounds still read it."""
    from .phrase_han import han_table_place, read_han  # imported here: phrase_han reads the pack on first use

    held = han_table_place(name)
    return held is not None and held != place and read_han(text) is not None


@lru_cache(maxsize=4096)
def han_transcription(text: str) -> str | None:
    """ "多尔哈姆边境附近" -> "near Torkham"; None unless one pack place sounds like the name.

    Cached: :func:`.coverage.read_coverage` asks first (a name heard here is not its), then :mod:`.phrase` reads
    the same text again; the answer hangs on the text and the pack alone (read once, :func:`_pack_by_skeleton`)."""
    if not has_han(text):  # every character of the name must be in the table, which is all Han
        return None
    rest, near, country = re.sub(r"\s+", "", text), False, ""
    rest = _OF_PROVINCE.sub("", _SIDE.sub("", rest) or rest)  # "X口岸阿富汗一侧", "坎大哈省的X"
    if bordering := _BORDERING.match(rest):  # "…与塔吉克斯坦接壤的X": X's own country kept, the neighbour dropped
        rest = rest[bordering.end() :]
        country = f", {_BORDERING_COUNTRIES[c]}" if (c := bordering.group("country")) else ""
    for chinese, latin in _COUNTRIES.items():
        if rest.startswith(chinese) and len(rest) > len(chinese):
            rest, country = rest[len(chinese) :], f", {latin}"
    rest = _THING_NEAR.sub(r"\g<near>", _LEAD.sub("", rest))  # "边境X村", "X村附近的供水设施"
    crossing = False
    while (match := _TAIL.search(rest)) and match.start() > 0:
        near, crossing = near or match.group() in _NEAR, crossing or match.group() in _CROSSING_TAIL
        rest = rest[: match.start()]
    if not rest or any(char not in _SOUNDS for char in rest):
        return None
    readings = list(product(*(_SOUNDS[char] for char in rest)))
    if len(readings) > _MAX_READINGS:
        return None
    found: dict[str, bool] = {}
    for reading in readings:
        for skeleton in _voiceless(skeletons(name_key("".join(reading)))):
            for place, own in _pack_by_skeleton().get(skeleton, {}).items():
                found[place] = found.get(place, False) or own
    found = found or _exact(readings, crossing)
    if len(found) > 1:  # two places: only one bearing it as its own name is taken
        found = {place: own for place, own in found.items() if own}
    if len(found) != 1:
        return None
    (place,) = found
    if _table_says_other(rest, place, text):
        return None
    return f"near {place}{country}" if near else f"{place}{country}"
