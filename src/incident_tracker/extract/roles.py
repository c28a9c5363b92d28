"""What part a sentence (or a stretch of one) plays in a report: dateline, background, other roles.

Real wire and regional copy is built the same way: a dateline ("Beijing, Nov 28 (PTI) –",
"KABUL (Reuters) -", "ISLAMABAD, Dec 1:"), a lead that reports the event, its
elaboration, then reactions and background ("In 2021, at least 55 people died…", "a
similar incident took place on June 3", "last week a commander was martyred"). Only
the event's own sentences may give its fields; these rules find the rest so that the
reader can leave it out.

* A **dateline** says where and when the reporter filed: its day anchors "on Tuesday",
  its city hints at the country, but neither is the event's date or place.
* **Background** starts at a marker (a year before publication, "a similar incident",
  "last year", "months ago") and runs to the end of the sentence; a marker near the
  start makes the whole sentence background.
* A place in the **wrong role** ("a news service based in Washington", "told reporters
  in Islamabad", "the ministry in Kabul said") is where someone spoke, not where the
  event happened.
"""

from __future__ import annotations

import datetime as dt
import re

from .datelines import Dateline, other_dateline
from .dates import MONTHS, FoundDate
from .mission_attacked import mission_scene
from .running_total import running_total_start
from .setting_told import setting_start
from .talks_venue import talks_venue

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    # the city's words apart by a space or a slash only: a hyphen is read within a word (a hyphen apart too let a
    # pasted run of 40 hyphenated words be split n**4 ways: bench/runaway_patterns.py)
    rf"^(?P<city>[A-Z][A-Za-z'’.-]+(?:[ /][A-Z][A-Za-z'’.-]+){{0,3}})"
    # "KHAR (Bajaur Agency), Jan 13:": the area the town is in, in brackets before the day
    rf"(?:\s*\((?P<area>[A-Z][A-Za-z .-]{{1,30}})\)(?=\s*,))?"
    rf"(?:\s*,\s*(?P<region>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?=\s*[,(—–:-]))?"
    rf"(?:\s*,\s*(?P<date>(?:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH})\.?)(?:,?\s+(?:19|20)\d\d)?)"
    # "DUSHANBE, April 11, 2011, Asia-Plus --": the agency after the day, without brackets
    rf"(?:\s*,\s*(?P<agency2>[A-Z][A-Za-z.&-]+(?:\s[A-Z][A-Za-z.&-]+){{0,2}})(?=\s*(?:[—–]|--)))?)?"
    rf"\s*,?\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{{1,24}})\))?"
    rf"\s*(?:[—–]|--?|:)\s+",
    re.IGNORECASE,
)


#: "KABUL (UrduPoint News / Sputnik - 18th April, 2022) The number …": the outlet and its day in brackets.
_BRACKETED_DATELINE = re.compile(
    rf"^(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){{0,2}})\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{{1,40}}?)\s*[-–—]\s*"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH}),?\s+(?:19|20)\d\d)\)\s*(?:[—–:-]\s*)?"
)


def find_dateline(text: str, published: dt.date) -> Dateline | None:
    """The dateline at the start of ``text``, if it has one: in the house's first forms
    (:func:`_first_forms`), or in the wire desks' other dated forms (:mod:`.datelines`)."""
    return _first_forms(text, published) or other_dateline(text, published)


def reading_day(text: str, today: dt.date) -> tuple[dt.date, Dateline | None]:
    """The day to read a report against when its publication date is not given: the day of its dateline
    ("PESHAWAR, March 3 (Reuters) –"), else today.

    A report pasted without its date is most often an old one; read against today, its "on Sunday" lands in
    the wrong week and an event months old is taken for background, so its toll and date are lost. The
    dateline's day is when the reporter filed, the nearest fact the text gives. A day after ``today`` (a
    dateline of another year read into this one) is not used.
    """
    dateline = find_dateline(text.lstrip(), today)
    if dateline is not None and dateline.day is not None and dateline.day <= today:
        return dateline.day, dateline
    return today, None


def _first_forms(text: str, published: dt.date) -> Dateline | None:
    """A city in capitals needs nothing more ("QUETTA —"); a city written in mixed case
    counts only with a day or an agency beside it ("Beijing, Nov 28 (PTI) –"), so an
    ordinary sentence ("Officials said: …") is not taken for one.
    """
    match = _DATELINE.match(text) or _BRACKETED_DATELINE.match(text)
    if match is None:
        return None
    city = match.group("city").strip()
    if not (city.isupper() or match.group("date") or match.group("agency")):
        return None
    if city.split()[0].lower() in {"the", "a", "an", "in", "on", "at", "officials", "police"}:
        return None
    day = None
    if match.group("date"):
        from .dates import find_dates

        found = [d for d in find_dates(match.group("date"), published) if d.precision == "day"]
        day = found[0].start if found else None
    agency = match.group("agency") or match.group("agency2")
    return Dateline(match.group(0), city.title() if city.isupper() else city, day, agency)


_MARKERS = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|summer|winter|spring|autumn|fall)\b|"
    r"\b(?:earlier|so far)\s+this\s+year\b|\bthis\s+year\s+alone\b|"
    r"\bin\s+recent\s+(?:weeks|months|years)\b|"
    r"\b(?:\d+|two|three|four|five|six|several|a few|few|many|some)\s+(?:weeks|months|years)\s+"
    r"(?:ago|earlier|before)\b|"
    # extract176: "On Tuesday a like strike killed four militants" (AFP 1467): "like" as "similar", after "a" only
    r"\b(?:(?:a\s+)?(?:similar|previous|earlier|prior)|a\s+like)\s+(?:deadly\s+|cross-border\s+|border\s+)?"
    r"(?:incident|attack|clash|strike|skirmish|shooting|bombing|ambush|raid|assault|incursion|exchange)e?s?\b|"
    # "a day after" tells the order of this event's own moments, not an earlier event
    # "…, days after Pakistani air strikes in Afghanistan strained relations" (dev 1233): days, uncounted, after a comma
    r"(?:,\s+|\b(?:only|just|mere|barely)\s+)days\s+(?:after|before)\b|"
    r"\b(?:(?:two|three|four|five|six|several|some|\d+)\s+days|"
    r"(?:a|one|two|three|four|five|six|several|some|\d+)\s+(?:weeks?|months?|years?))\s+"
    r"(?:after|before|earlier)\b|\bhas since\b|\bsince (?:then|its founding)\b|"
    r"\b(?:after|since|following|before)\s+(?:last|the previous|previous)\s+(?:week|month|year)|"
    # "last Thursday's air and missile attacks": another day's event, named by its day
    r"\blast\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[’']s\b|"
    r"\b(?:a|one)\s+(?:week|month|year)\s+ago\b|"
    r"\bfor (?:years|decades|months)\b|\bhas long\b|\bin (?:the past|recent) (?:decade|years)\b|"
    r"^(?:Earlier|Before that|In an earlier incident),|"
    # "A day earlier a landmine went off in the Kohlu Kahan area" (Public News 763): the day before, another event
    r"^(?:A|One)\s+day\s+(?:earlier|before)\b|"
    # "Earlier in April, …": another event of the month; "Earlier in the day" or "on Saturday" is this one's
    rf"^(?:Earlier|Previously)\s+in\s+(?:{_MONTH})\b|"
    # "Earlier this month, a commander was shot": another event of the month, told as such
    r"^(?:Earlier|Previously)\s+this\s+(?:month|week)\b|"
    # "two bombings earlier in the week that wounded police officers in Zahedan": other events of the week, told
    # by their kind before "earlier" (the day's own moments are "earlier in the day")
    r"\b(?:(?:\d+|two|three|four|five|several|a series of)\s+)?(?:attacks|bombings|blasts|explosions|incidents|"
    r"clashes|strikes|shootings|raids|ambushes|attack|bombing|blast|explosion|incident|clash|strike|shooting|raid|"
    r"ambush)\s+earlier\s+(?:in|this)\s+(?:the\s+)?(?:week|month|year)\b|"
    # a link to another story: "Read more: Nine soldiers martyred in Bannu suicide attack"
    r"^(?:Read more|Also read|READ MORE|Related|See also)\s*:|"
    # a group's record, not this event: "has carried out several suicide bombings", "a record of ambushes"
    r"\bha(?:s|ve)\s+(?:carried out|conducted|staged|launched|mounted)\s+(?:several|many|numerous|a number of|"
    r"dozens of|scores of|a series of|a string of|hundreds of)\b|"
    r"\b(?:a|its|their)\s+(?:long\s+)?(?:record|history)\s+of\b|"
    # a habit told in the present: "several armed groups there carry out bombings and suicide attacks"
    r"\b(?:groups?|militants|insurgents|rebels)\s+(?:\w+\s+){0,4}?(?:carry|carries)\s+out\b|"
    # a trend, not this event: "attacks have risen since the TTP ended its ceasefire", "has seen a spike in"
    r"\b(?:attacks|violence|incidents|militancy|terrorism|clashes)\s+(?:\w+\s+){0,6}?(?:have|has|had)\s+"
    r"(?:risen|increased|surged|grown|soared|intensified|spiked)\b|"
    r"\b(?:ha(?:s|ve)\s+(?:seen|witnessed|faced)|saw)\s+(?:an?\s+)?(?:spike|surge|rise|uptick|increase)\s+in\b|"
    # the trend this event came after: "the assault follows a rise in missile and drone attacks", "comes amid a
    # surge in raids"; those attacks are others, told as the setting
    r"\b(?:follows|followed|comes\s+amid|came\s+amid)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:spike|surge|rise|uptick|increase)\s+in\b|"
    # a habit of a side, not this event: "the United States has at times struck insurgents across the border"
    r"\bha(?:s|ve)\s+(?:at\s+times|sometimes|occasionally|repeatedly|often|frequently|in\s+the\s+past)\s+"
    r"(?:struck|attacked|fired|hit|shelled|bombed|raided|targeted|carried\s+out)\b|"
    r"\b(?:Last|Earlier)\s+month\b|"
    # a place's past, not this event: "Kerben has seen unrest before, among it the day police fired on protesters"
    r"\bha(?:s|ve|d)\s+seen\s+(?:\w+\s+){0,2}?(?:unrest|violence|clashes|protests|fighting|trouble|bloodshed)\s+"
    r"before\b|"
    # a habit, not this event: "border guards are often attacked by bandits"
    r"\b(?:often|regularly|frequently|routinely)\s+(?:been\s+)?(?:attack|clash|target|fire|kill|ambush)\w*\b|"
    # a campaign under way, not this event: "the Pakistan Army is fighting a full offensive against militants"
    r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:fighting|waging|conducting|carrying out)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:offensive|operation|campaign|war)\b|"
    # (not "in the past few hours", "in the past 24 hours": a span that ends at the report, 758)
    # a campaign stepped up, not this event: "stepped up attacks by unmanned Predator drones in the tribal areas"
    # (AP 938): its weapons are the campaign's
    r"\b(?:stepped|ramped)\s+up\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,3}?(?:attacks|strikes|raids|campaign|"
    r"offensive|war|operations|bombings)\b|"
    # a running total over a stretch that ends at the report: "Over the past ten months, … guards have killed
    # some 40 drug dealers" (Pravda 942); not days, which an event of its own can span ("over the past two days")
    r"\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|few|several|couple\s+of)\s+(?:weeks|months|years)\b|"
    r"\bpreviously\b|\bin\s+the\s+past\b(?!\s+(?:few\s+|couple\s+of\s+|\d+\s+)?hours\b)|\bin\s+the\s+recent\s+past\b|\bhistorically\b|\bsince\s+(?:the\s+)?(?:start|beginning)\b|"
    # a tally is a period's, not the event's: "there have been 22 clashes on the border this year"
    r"\bthere\s+(?:have|has|had)\s+been\s+(?:\d+|[a-z]+)\s+(?:\w+\s+)?(?:clashes|incidents|attacks|skirmishes|shootouts)\b",
    re.IGNORECASE,
)
#: A marker this close to the start makes the whole sentence background ("In 2021, …").
_LEADING = 30


#: Another month named alone ("In May", "last January") or a part of it: "In mid-September, it will be recalled,
#: fighters took Darqad district" (Sputnik 1497: a capture of the month before, drafted as the report's own), "at the
#: end of February", "in the middle of June" (extract178).
_MONTH_ONLY = re.compile(
    r"\b(?:(?:in|since|during|last|early|late|until)\s+(?:early\s+|late\s+|mid-\s*)?|mid-?\s*"
    r"|(?:at|by|towards?)\s+the\s+(?:end|beginning|start|middle)\s+of\s+"
    r"|in\s+the\s+(?:middle|first\s+half|second\s+half|first\s+days|last\s+days|first\s+week|last\s+week)\s+of\s+)"
    rf"(?P<month>{_MONTH})\b(?![\s.]*\d)",
    re.IGNORECASE,
)

#: "the ethnic clashes of June 2010" in a 2013 report: a month told with an earlier year is another event's, which
#: :func:`~.dates.find_dates` (days, weeks and bare years) does not date; its toll ("which killed hundreds") is not
#: this one's (Asia-Plus 677).
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


_IN_EARLIER = re.compile(r"\b(?:in|during)\s+(?:\w+\s+)?$", re.IGNORECASE)


#: A period's tally told after its count: "Six soldiers have been killed on the border so far this year".
_TALLY = re.compile(r"(?:so far|earlier)\s+this\s+year|this\s+year\s+alone", re.IGNORECASE)


#: A recent stretch of time: "in recent weeks", "in the recent past", "over the past few months".
_STRETCH = re.compile(
    r"(?:in|over|during)\s+(?:the\s+)?(?:recent\s+(?:past|days|weeks|months|years)|past\s+(?:few\s+)?"
    r"(?:days|weeks|months|years))\b",
    re.IGNORECASE,
)
#: A clause told in the present perfect: what "has" or "have" happened over a stretch, not on a day.
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+\b")


#: A clause opening on an event's kind, its time marker just after: "suicide bombings last month killed more than
#: 125 people" (AP 672): the bombings are that month's, and the whole clause tells them, the kind word included.
_KIND_SUBJECT = re.compile(
    r"(?:(?:the|a|an|two|three|several|twin|deadly|suicide|bomb|car|roadside)\s+){0,3}"
    r"(?:bombings?|attacks?|blasts?|explosions?|clash(?:es)?|strikes?|shootings?|raids?|ambush(?:es)?)\s+$",
    re.IGNORECASE,
)


def _clause_start(text: str, position: int) -> int:
    """Where a marker's background begins: "… killed and five wounded in two earlier attacks" is all about
    those attacks, from the start of its clause, and so is a count "so far this year", and a clause in the
    present perfect that a recent stretch closes ("Militants have set off bombs in Chaman in the recent past":
    a trend, whose place and weapons are no event's); any other marker begins where it stands."""
    breaks = [m.end() for m in re.finditer(r"[,;:]\s*", text[:position])]
    if _STRETCH.match(text, position) and _PERFECT.search(text, breaks[-1] if breaks else 0, position):
        return breaks[-1] if breaks else 0
    if _KIND_SUBJECT.match(text, breaks[-1] if breaks else 0, position):
        return breaks[-1] if breaks else 0  # "suicide bombings last month killed 125": those bombings' clause
    tally = _TALLY.match(text, position) is not None
    if not tally and not re.match(r"(?:similar|previous|earlier|prior)\b", text[position:], re.IGNORECASE):
        return position
    if not tally and not _IN_EARLIER.search(text[:position]):
        return position
    breaks = [m.end() for m in re.finditer(r"[,;:]\s*", text[:position])]
    return breaks[-1] if breaks else 0


#: "Jaish al-Adl, a group that often targets guards in the province, claimed the attack": a habit told in a
#: clause describing the subject, set off by commas; the sentence's own verb comes after it.
_HABIT = re.compile(r"(?:often|regularly|frequently|routinely|has carried out|have carried out|has long)\b", re.I)


#: "a similar attack was carried out before dawn in Khost": another attack of the same time, not an earlier one.
SIMILAR_NOW = re.compile(
    r"(?:a\s+)?similar\s+(?:\w+\s+)?(?:attacks?|strikes?|raids?|incidents?)\b[^.;]{0,40}?\b(?:the same (?:day|night|"
    r"morning|evening|time)|simultaneously|at the same time|before dawn|at dawn|that (?:day|night|morning))\b",
    re.IGNORECASE,
)


def _described(text: str, position: int) -> bool:
    """Whether the marker at ``position`` is a habit inside a describing clause (", a group that often …,")
    whose subject then claims or says something about this event."""
    if not _HABIT.match(text, position) and not _HABIT.search(text[position : position + 40]):
        return False
    opening = text.rfind(",", 0, position)
    closing = text.find(",", position)
    if opening == -1 or closing == -1:
        return False
    rest = text[closing + 1 :]
    return re.search(r"\b(?:that|which|who)\b", text[opening:position]) is not None and bool(
        re.match(r"\s*(?:has\s+|have\s+|had\s+|later\s+)?(?:claimed|said|says|announced|denied)\b", rest)
    )


#: The sentence's own verb after a describing clause: "…, and who are said to be living in Kunar, claimed to have
#: killed 18 soldiers" (Dawn 689).
_OWN_VERB_AFTER = re.compile(
    r",\s*(?:has\s+|have\s+|had\s+|later\s+)?(?:claimed|said|says|announced|denied|told)\b", re.IGNORECASE
)


def _describing_clause(text: str, position: int) -> bool:
    """Whether a month and year at ``position`` lies in a clause describing the subject ("militants who fled Swat
    during the military operation of May 2009, …, claimed …"): it dates who they are, not what the sentence tells,
    so the sentence's claim after it is not background."""
    before = text[:position]
    relative = list(re.finditer(r"\b(?:who|which|that)\b", before, re.IGNORECASE))
    if not relative or re.search(r"[;:]", before[relative[-1].end() :]):
        return False
    return _OWN_VERB_AFTER.search(text, position) is not None


def background_start(text: str, dates: list[FoundDate], published: dt.date, *, old_days: int) -> int | None:
    """Where background begins in a sentence (0: all of it), or None when it has none.

    Markers are the words above and dates that lie in the past of the report: a year
    before publication ("In 2021"), or a day more than ``old_days`` before it.
    """
    positions = [
        _clause_start(text, m.start())
        for m in _MARKERS.finditer(text)
        if not _described(text, m.start()) and not SIMILAR_NOW.match(text, m.start())
    ]
    if (total := running_total_start(text)) is not None:  # "1,500 killed in offensives during the week": a total
        positions.append(total)
    if (setting := setting_start(text)) is not None:  # "Kabul often says …", "Relations between …": the setting
        positions.append(setting)
    for match in _MONTH_ONLY.finditer(text):  # "In May" in a December report: an earlier month's news
        # ("last January" in a January report is a year ago, not this month)
        if MONTHS[match.group("month").lower()] != published.month or match.group(0)[:4].lower() == "last":
            positions.append(match.start())
    earliest = published - dt.timedelta(days=old_days)
    for told in _MONTH_YEAR.finditer(text):  # the whole month before the background line ("December 2012" is not)
        if _describing_clause(text, told.start()):
            continue
        month = dt.date(int(told.group("year")), MONTHS[told.group("month").lower()], 1)
        if month.year < published.year and month + dt.timedelta(days=31) < earliest:
            positions.append(told.start())
    for date in dates:
        end = date.end or date.start
        if (date.precision == "year" and date.start.year < published.year) or end < earliest:
            positions.append(date.position)
    if not positions:
        return None
    first = min(positions)
    return 0 if first <= _LEADING else first


#: A speaker's unit and where it serves: "the deputy spokesman of the Frontier Corps in Pakistan's Balochistan
#: province" (709), "spokesman for the paramilitary Frontier Corps in": a unit of one to three capitalised words,
#: perhaps after one lower-case word. The province places the speaker, and tells neither the scene nor its country.
_SPEAKER_UNIT = (
    r"\b(?:spokesm[ae]n|spokesperson|official|deputy)(?:\s+\w+){0,2}?\s+(?:of|for)\s+the\s+(?:(?-i:[a-z-]+)\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}in\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*)['’]s\s+)?$"
)
_SPEAKER_UNIT_BEFORE = re.compile(_SPEAKER_UNIT, re.IGNORECASE)


def speaker_unit_place(before: str) -> bool:
    """Whether a name after ``before`` is where a speaker's unit serves (see ``_SPEAKER_UNIT``)."""
    return bool(_SPEAKER_UNIT_BEFORE.search(before[-80:]))


_WRONG_ROLE_BEFORE = re.compile(
    r"(?:\bbased|\bheadquartered|\bstationed|\breporters|\bjournalists|\bcorrespondent|\bconference|\bbriefing|"
    r"\binterview|\bspeaking|\bministry|\bembassy|\bconsulate|\bgovernment|\bofficials?|\bauthorities|\bspokesm[ae]n|"
    r"\bspokesperson|\bagency|\bservice|\bnewspaper|\bchannel|\boutlet|\bsummit|\btalks|"
    r"\bmeeting|\bvisit(?:ed|ing)?|\barrived|\breturned|\bflew|\bsuperiors|"
    # a diplomat's seat: "called in the Afghan chargé d'affaires in Islamabad", "summoned the ambassador in Kabul"
    r"\baffaires|\bambassadors?|\benvoys?|\bconsuls?(?:[\s-]general)?|\bdiplomats?)"
    r"(?:\s+\w+){0,2}\s+(?:in|at|from)\s+(?:the\s+)?$|"
    # where a speaker spoke: "the new prime minister said in Karachi that the government had protested" (692); only
    # right after the verb ("said two died in Dara" tells the scene)
    r"\b(?:said|says|spoke|speaking)\s+(?:in|at)\s+(?:the\s+)?$|"
    # "NATO-led forces in Afghanistan acknowledged …" (RFE/RL 820): where a foreign force serves, not where it struck
    r"\b(?:NATO|Nato|ISAF|U\.?S\.?|US|coalition)(?:-led)?\s+(?:\w+\s+)?(?:forces?|troops|mission|coalition)\s+in\s+$|"
    # "the governor of Iran's border region of Hirmand told Fars": a title's place is the speaker's, not the scene
    # "the assistant commissioner of the border town of Taftan said", "the head of the Kyrgyz border village of
    # Kok-Tash": the office's town, named for the speaker (Dawn 932, news.tj 446)
    r"\b(?:governor|spokesm[ae]n|spokesperson|mayor|lawmaker|deputy|representative|official|commissioner|"
    r"administrator|head)(?:\s+\w+){0,2}\s+"
    # "the district governor of Lash-e-Joveyn in Farah province": the province the title's district lies in, and
    # "an official of Hirmand in Iran's Sistan and Baluchestan province": told with its country's name before it
    r"(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:district\s+)?(?:in|of)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*['’]s\s+)?$|"
    + _SPEAKER_UNIT
    + "|"
    # where the wounded were treated or died, not where they were hit: "died later in a hospital in Kerben"
    r"\b(?:taken|rushed|shifted|moved|brought|admitted|died|treated|evacuated|transferred|referred)\b[^.;]{0,40}?"
    r"\b(?:hospitals?|CMH|clinic|infirmary|morgue|mortuary|(?:health|medical|trauma)\s+(?:centre|center|facility|complex|unit))"
    r"(?:\s+\w+){0,2}\s+(?:in|at)\s+(?:the\s+)?$|"
    # where the bodies were handed over, not where the men were shot: "handed back to Kyrgyzstan through the Baymak
    # checkpoint" (The Times of Central Asia 468), "handed to the Kyrgyz side … at the Baymak border post" (Fergana 322)
    r"\b(?:handed|returned|repatriated)\b[^.;]{0,50}?\b(?:through|at|via)\s+(?:the\s+)?$|"
    # where armed men are said to keep their camps: "Islamabad says the militants have training camps in Afghanistan
    # from which they attack Pakistan" (Reuters 633) tells their refuge, not the scene of the attack reported
    r"\b(?:ha(?:ve|s|d)|maintain(?:s|ed)?|run|runs|keep|keeps)\s+(?:[\w-]+\s+){0,2}?(?:camps?|sanctuar(?:y|ies)|"
    r"safe\s+havens?|hideouts?|bases?)\s+(?:in|inside)\s+(?:the\s+)?$|"
    # where a victim's unit is based: "of the Revolutionary Guards' Fajr corps in Fars province" (709)
    r"\b(?-i:[A-Z][\w'’-]*)\s+(?:corps|brigade|regiment|division)\s+(?:in|of)\s+(?:the\s+)?$|"
    # where a victim's unit is based: "a conscript serving with the border guard in Zabol, a city …, was killed"
    r"\bserv(?:ing|ed)\s+(?:with|in)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$|"
    # where the event's reaction took place, not the event: "the shooting set off angry protests in Herat" (dev 814,
    # 139); only a reaction the event caused ("protests in X" alone may be the event itself, dev 129)
    r"\b(?:set\s+off|sparked|triggered|prompted|provoked|caused|led\s+to)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:protests?|demonstrations?|rallies|rally|outrage|anger)\s+(?:in|at|across)\s+(?:the\s+)?$|"
    # where the blasts were heard, not where they fell: "The blasts could be heard clearly in Wana, … some 10km to
    # the east" (BBC 781); only "in" or "as far as" ("heard near the town of X" may be all a report says of the scene)
    r"\b(?:be|been|was|were)\s+heard\s+(?:\w+\s+){0,2}?(?:in|as\s+far\s+(?:away\s+)?as)\s+(?:the\s+)?$|"
    # where a statement came from, not where the event was: "Smith said from Centcom's headquarters in Florida",
    # "a statement the military put out at its Afghan headquarters at Bagram air base" (AP 937, Reuters 934); a
    # headquarters attacked ("the attack on the police headquarters in Rask") is the scene and stays
    # (the owner may reach here blanked: "said  headquarters in")
    r"\b(?:said|says|speaking|spoke|told|statement|put\s+out|issued|released)\s+(?:(?:\w+\s+){0,3}?(?:from|at)\s+"
    r"(?:[\w'’.-]+\s+){0,2}?)?headquarters\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WRONG_ROLE_AFTER = re.compile(r"^,?\s+(?:said|says|told|reported|announced|stated|added)\b", re.IGNORECASE)


def wrong_role(before: str, after: str, *, said_after: bool = True) -> bool:
    """Whether a place phrase names where someone spoke or sits rather than where it happened.

    ``said_after=False`` for a phrase that can only be a scene ("near the village of Boz-Adyr, said the police
    chief"): a speaker is never told by the village they are of, so "…, said" after it is not their place."""
    if talks_venue(before):
        return True  # "negotiations with the Pakistani side has begun in Istanbul": the talks' venue (extract166)
    if mission_scene(before):
        return False  # "stormed the Iranian consulate in Herat": the mission attacked, not a diplomat's seat
    return bool(_WRONG_ROLE_BEFORE.search(before[-60:]) or (said_after and _WRONG_ROLE_AFTER.match(after)))


#: A capital told as its government speaking: "Islamabad says …; Kabul denies it", "Tehran accused …".
_CAPITAL_SPEAKS = re.compile(
    r"\b[A-Z][a-z]+(?=\s+(?:has\s+|have\s+|had\s+)?(?:says|said|denies|denied|accuses|accused|insists|insisted|"
    r"blames|blamed|rejects|rejected|maintains|maintained|claims|alleges|alleged|calls|called)\b)"
)


def without_speaking_capitals(text: str) -> str:
    """The text with a city told as a government speaking blanked out: "Kabul denies it" names Afghanistan's
    government, not a place of the event, so it never tells the event's country (Reuters 633, where the country of
    a bombing in Pakistan came from "Kabul" in the report's last lines). The text keeps its length."""
    return _CAPITAL_SPEAKS.sub(lambda m: " " * len(m.group(0)), text)
