"""The patterns that tell a day of saying from the event's own day, for :mod:`.dates` and :mod:`.said_dates`.

"Officials said on Monday" dates a statement, "killed on Monday, officials said" the killing; a plan ("will
reopen on Friday") dates nothing. Kept apart from the calendar forms so that each module reads as one concern.
"""

from __future__ import annotations

import re

REPORTING = re.compile(
    # (not "said that on August 15 a patrol …": after "that" the reported speech tells the event's own day)
    r"\b(?:said|says|told|announced|reported|stated|added|confirmed|statement|declared|tweeted|wrote)\s+"
    r"(?:(?!that\b)[\w’'.-]+\s+){0,2}$|\bclaimed responsibility\b.*$|"  # "told Asia-Plus on Monday"
    r"\btold\s+(?:(?-i:[A-Z])[\w’'./-]*\s+){1,4}on\s+$|"  # "told RFE/RL's Radio Azadi on February 24"
    # "told Kabul Radio at about 6 pm yesterday that …", "said at 10:30 am on Monday": the hour and day of the telling
    r"\b(?:said|told|announced|confirmed)\s+(?:(?-i:[A-Z])[\w’'./-]*\s+){0,4}at\s+(?:about\s+|around\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|hours)\s+(?:on\s+)?$|"
    # "told the IRNA news agency on Monday, … condemning the attack of Sunday" (709): the day of telling
    r"\btold\s+the\s+(?:(?-i:[A-Z])[\w’'./-]*\s+){1,3}(?:news\s+)?(?:agency|channel|newspaper|daily)\s+(?:on\s+)?$|"
    # "announced yesterday, Monday, that three … had been killed" (710): the weekday named beside "yesterday" too
    r"\b(?:said|announced|reported|stated|confirmed|declared)\s+(?:yesterday|today|on\s+\w+),\s+$|"
    # "a statement the military issued on Monday" (AP 738): the day the statement came out, not the blast's
    r"\b(?:statement|communiqu[eé]|press release)\s+(?:[\w’'-]+\s+){0,3}(?:issued|released|put out|published)\s+$|"
    # "was quoted by IRNA as saying on Tuesday" (Iran Daily 902), "quoted the border service on July 9 as saying"
    # (Asia-Plus 89), "disclosed on Wednesday that a guard had been killed" (Al Ain 759), "lodged a protest on
    # Tuesday … after coalition forces fired on a checkpost" (916): the day a word about the event was made public
    r"\b(?:as\s+saying|disclosed|revealed)\s+(?:(?!that\b)[\w’'.-]+\s+){0,2}$|"
    r"\bquoted\s+(?:(?!that\b|as\b)[\w’'./-]+\s+){0,4}$|"
    r"\blodged\s+(?:a|an)\s+(?:(?:strong|formal|official)\s+)?protest\s+(?:(?!that\b)[\w’'.-]+\s+){0,3}$|"
    # "summoned the Iranian ambassador on Sunday": the day of a diplomatic act about the event
    r"\b(?:summoned|called in|demanded|urged|asked)\s+(?:[\w’'-]+\s+){0,4}$|"
    r"\b(?:charged|arrested|buried|sentenced|indicted)\s+(?:[\w’'-]+\s+){0,4}$|"
    # "condemned the bombing on social media on July 30" (Mint 598): the day of a reaction, not of the bombing
    r"\bcondemn(?:ed|s)\s+(?:[\w’'-]+\s+){0,6}$|"
    # "Two dead in clashes … as of March 14" (Crisis24 680): the day a toll stands at, not the day of the clashes
    r"\bas\s+(?:of|at)\s+$|"
    # "(Dawn, Jan. 23)", "(IRNA, Jan. 24)": a source cited in brackets with the day it reported (CounterVortex 821,
    # 917), not the event's; never a weekday glossing a day ("yesterday evening (Monday, October 15)")
    r"\((?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z])[\w’'.&/ -]{0,40},\s*$",
    re.IGNORECASE,
)


#: People's flight told with its day: "Families who fled the area on Friday fear the dead are more" (round 68's Bajaur
#: report 879): the day they fled, not the day of the fighting they fled, which the report may tell as its "fifth
#: day" and no weekday. The day is left out as a plan's is; the incident keeps any day of its own.
FLED = re.compile(
    r"\b(?:fled|escaped|were\s+displaced|had\s+been\s+displaced)\s+(?:[\w’'-]+\s+){0,3}?(?:on\s+)?$", re.I
)
#: A plan or a forecast before the date, in the same clause.
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|plans? to|is scheduled to|are scheduled to|is expected to)\b[^,;]*$")
#: "The Taliban on Thursday confirmed …", "On Wednesday the spokesman, X, said …": the day of saying;
#: "Last Sunday the Foreign Office had asked Kabul to act against militants": a day of asking, too.
_SAYING = (
    r"\b(?:said|says|confirmed|announced|told|stated|reported|claimed|denied|condemned|declared|"
    r"asked|urged|called on|called in|demanded|summoned|warned|acknowledged|admitted|"
    # "Pakistan on Tuesday lodged a protest …", "Iranian media on Wednesday disclosed that …", "Pakistan on Friday
    # called in Afghanistan's chargé d'affaires to protest against … fire … on April 14" (Dunya News 666)
    r"disclosed|revealed|lodged (?:a|an) (?:(?:strong|formal|official) )?protest|"
    # "on Monday laid the blame for the attack on …", "accused Pakistan on Wednesday of": the day of an accusation
    r"accused|blamed|laid the blame|put the blame|"
    # "Police on Tuesday charged the guards …", "… was buried on Sunday": a later step, not the event
    r"charged|arrested|sentenced|indicted)\b"
)
_NOT_VIOLENT = r"(?!\b(?:killed|attacked|struck|clashed|fired|died|wounded|bombed|exploded|stormed)\b)"
#: "gunmen who said they were police", "residents, who had said the road was theirs": a saying verb in a who- or
#: which-clause tells what a person of the sentence says, and a day told before that clause is the event's, never
#: this saying's (issue 14); a day after the verb ("an official who said on Monday") is still a saying day.
_NOT_RELATIVE = r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bwho\shad\s)(?<!\bwho\shas\s)(?<!\bwho\salso\s)"
SAID_AFTER = re.compile(rf"^(?:{_NOT_VIOLENT}[^.;,]){{0,40}}?{_NOT_RELATIVE}{_SAYING}", re.IGNORECASE)
#: "On November 9 the Afghan news agency Pajhwok Afghan News, quoting an Afghan official, reported that …" (News.tj
#: 402): an opening day before its saying verb, the speaker's long name between them, is the day of saying, as is
#: a day after "told" and the addressee's name ("told RFE/RL's Radio Azadi on February 24", RFE/RL 391, in
#: ``REPORTING``); a harm word between them ("On Sunday a guard was shot dead, officials said") makes the day the
#: harm's.
_NOT_HARMED = (
    r"(?!\b(?:shot|martyred|injured|hurt|abducted|kidnapped|ambushed|shelled|raided|beat|beaten|smashed|stoned)\b)"
)
SAID_AFTER_OPENING = re.compile(
    rf"^(?:{_NOT_VIOLENT}{_NOT_HARMED}[^.;]){{0,100}}?{_NOT_RELATIVE}{_SAYING}", re.IGNORECASE
)
#: "On November 15, X, a spokesman for the border directorate, said … on November 13", "At a meeting on August
#: 28, the border representatives said that on August 15 …": a day before the saying verb, with the event's own
#: day told after it, is the day of saying however long the speaker's title.
SAID_BEFORE_ITS_DAY = re.compile(
    rf"^(?:{_NOT_VIOLENT}[^.;]){{0,160}}?{_NOT_RELATIVE}\b(?:said|reported|told|announced|stated)\b(?:\s+that)?",
    re.IGNORECASE,
)
#: The event named right before its day: "the attack on Monday night" (NewsNow 616: "Dawn said the attack on Monday
#: night followed …"), "fled after the attack on Sunday" (Xinhua 952): the day is the attack's, not the day of
#: saying or of flight that the verb before the noun would make it.
EVENT_BEFORE_ITS_DAY = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?:attack|assault|ambush|blast|bombing|explosion|clash|shooting|shelling|raid)\s+$",
    re.IGNORECASE,
)
