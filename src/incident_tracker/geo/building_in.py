"""A building in a town: "a police station in Zahedan", "a checkpoint in Chaman", "یک پاسگاه در زاهدان", "چمن
میں ایک چیک پوسٹ", "په چمن کې یو چیک پوسټ", "巴特肯的一个检查站". The building is no place the gazetteer holds; the
town it stands in is, and the building is next to (in) it: the town, at ``near``, as "Zaranj provincial hospital",
"the police station in the city of Zahedan" and the Russian "блокпост в Хороге" were already read (geo140).

Before, the English form read the town as the context of an unknown name, so the town's district stood in at
``admin2`` (Zahedan County for "a police station in Zahedan"), and the other scripts' forms matched nothing.

Only a building noun of the lists below opens the text (an article or a number word and up to two lowercase words
before it: "a police station", "the main border post"); a person or a body ("an official in Quetta", "the embassy in
Kabul") is a role, read before this module, and a unit ("a village in Sarbaz County") is no building. A province
the building is "in" is no point for it: near a province is no answer (the chooser's rule), so "a school in Batken
province" stays empty. Regular expressions only.
"""

from __future__ import annotations

import re

#: English building nouns: where an incident happens inside a town.
_EN_BUILDING = (
    r"(?:police|security|border|military|army|check|checking|frontier|levies|customs)?\s*"
    r"(?:station|post|posts|checkpoint|checkpoints|check-?post|checkpost|outpost|headquarters|compound|base|camp)"
    r"|hospital|clinic|school|madrass?a|seminary|mosque|shrine|market|bazaa?r|bank|hotel|restaurant|shop|prison|jail"
    r"|university|college|factory|bus\s+(?:station|stand|terminal)|house|home|building"
)
_EN = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some)\s+)?(?:[a-z][a-z-]*\s+){0,2}"
    rf"(?:{_EN_BUILDING})\s+(?:in|inside)\s+(?P<place>(?:the\s+)?[A-Z].*)$"
)
#: Dari and Persian: "پاسگاه (مرزی) در X", "یک ایستگاه پولیس در X" (a police station in X).
_FA_BUILDING = (
    r"پاسگاه(?:\s+مرزی)?|کلانتری|ایستگاه\s+(?:پلیس|پولیس)|قرارگاه|پایگاه|بیمارستان|شفاخانه|مسجد|مکتب|مدرسه|بازار"
    r"|زندان|هوتل|هتل|بانک|دانشگاه|پوسته(?:\s+امنیتی)?|ایست\s+بازرسی"
)
_FA = re.compile(rf"^(?:یک\s+)?(?:{_FA_BUILDING})\s+(?:در|دَر)\s+(?:شهر\s+)?(?P<place>\S.*)$")
#: Persian police words before the town with the ezafe unwritten: "مقر انتظامی X" (the police base of X), "قرارگاه
#: پلیس در X"; the head alone ("مقر"), which a group's base takes too, is not read (batch 89's g8635). A command
#: ("فرماندهی انتظامی") is an office, read before this module as a role.
_FA_POLICE = re.compile(
    r"^(?:یک\s+)?(?:مقر|مقرّ|قرارگاه)\s+(?:نیروی\s+)?(?:انتظامی|پلیس|پولیس)\s+(?:در\s+)?"
    r"(?P<place>\S.*)$"
)
#: Arabic police words before the town: "مقرّ شرطة مدينة X" (the police headquarters of the city of X), "مركز الشرطة في
#: X"; the place after them, its city word kept, is read as written (batch 89's g8622).
_AR_POLICE = re.compile(r"^(?:ال)?(?:مقرّ?|مركز|مخفر|قسم)\s+(?:ال)?شرط[ةه]\s+(?:في\s+)?(?P<place>\S.*)$")
#: Indonesian (and Malay): "markas polisi di (kota) X" (the police headquarters in the town of X), "kantor polisi di X",
#: "pos polisi di X"; the town word is kept for :mod:`.malay_units` (batch 89's g8613, g8614).
_ID = re.compile(
    r"^(?:(?:markas|kantor|pos|mapolres|mapolsek)\s+(?:besar\s+)?(?:polisi|kepolisian|militer|tentara)"
    r"(?:\s+perbatasan)?|(?:markas|pos)\s+(?:penjaga\s+)?perbatasan)\s+di\s+(?P<place>(?:kota\s+|desa\s+)?[A-Z].*)$"
)
#: Urdu: "X میں (ایک) چیک پوسٹ" (a checkpost in X), "X کے (ایک) تھانے".
_UR_BUILDING = r"چیک\s+پوسٹ|چوکی|تھانہ|تھانے|پولیس\s+اسٹیشن|ہسپتال|اسپتال|مسجد|اسکول|سکول|مدرسہ|مدرسے|بازار|کیمپ"
_UR = re.compile(rf"^(?P<place>\S.*?)\s+(?:میں|کے)\s+(?:ایک\s+)?(?:{_UR_BUILDING})$")
#: Urdu's name–hospital compound with no "کے" ("چمن اسپتال", "چمن ہسپتال": Chaman hospital, as "Zaranj provincial
#: hospital" is written in English): the hospital of the town of one or two words before it (geo147).
_UR_HOSPITAL = re.compile(r"^(?P<place>[^\s\d]+(?:\s+[^\s\d]+)?)\s+(?:ہسپتال|اسپتال)$")
#: Pashto: "په X کې (یو) چیک پوسټ" (a checkpost in X).
_PS_BUILDING = r"چیک\s+پوسټ|پوسته|پوسټ|تاڼه|تانه|روغتون|جومات|ښوونځی|مدرسه|بازار|کمپ"
_PS = re.compile(rf"^په\s+(?P<place>\S.*?)\s+(?:کې|کی)\s+(?:یو\s+|یوه\s+)?(?:{_PS_BUILDING})$")
#: Chinese: "X的(一个|一所|一座)检查站" (a checkpoint of X).
_HAN_BUILDING = r"检查站|警察局|派出所|警局|哨所|医院|学校|清真寺|市场|集市|兵营|监狱|酒店|宾馆"
_HAN = re.compile(rf"^(?P<place>[^的\s]+?)的(?:一[个所座家处])?(?:{_HAN_BUILDING})$")


#: "برج مراقبة حدودي في منطقة X" (a border watchtower in the area of X): after an Arabic facility word (tower, post,
#: checkpoint, station, barracks, base), the area noun after "في" says where, and is no name (batch 75's g7258; geo148).
_AR_FACILITY = re.compile(r"^(?:ال)?(?:برج|مركز|نقطة|مخفر|ثكنة|قاعدة|حاجز)\s")
_AR_AREA_OF = re.compile(r"^منطقة\s+(?=\S)")


def facility_area_off(head: str, where: str) -> str:
    """``where``, the part after "في", without its Arabic area noun when ``head`` is a facility: "في منطقة X" then
    reads as "في X" does, the facility placed in X. Only after a facility: a place "في منطقة X" may be a part of X,
    or not, and is left as it was read."""
    return _AR_AREA_OF.sub("", where) if _AR_FACILITY.match(head) else where


def building_in_town(raw: str) -> str | None:
    """The place a building stands in ("Zahedan" for "a police station in Zahedan"), which the reader reads and
    marks ``near``; None where the text is not a building in a named place."""
    for pattern in (_EN, _FA, _FA_POLICE, _AR_POLICE, _ID, _UR, _UR_HOSPITAL, _PS, _HAN):
        if match := pattern.match(raw):
            return match.group("place")
    return None
