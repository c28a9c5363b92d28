"""Assembling draft incidents from the sentences of an article.

The reading is deliberately simple and explainable:

1. Only sentences about violence (:data:`~.vocab.VIOLENCE`) can start or feed an
   incident; a phone call, a delegation visit or an electricity project cannot.
2. An event date in such a sentence starts an incident (or returns to the one with
   that date). A sentence naming several dates for "two separate incidents" starts
   one per date, and "the first"/"the second incident" later picks among them; announced
   without a date they are dated as they are told. A sentence that gives each day its own
   count ("six on Saturday and four on Friday") starts one per day (:mod:`.clauses`).
   Dates of what was *said* ("officials said on Monday") and dates more than
   :data:`BACKGROUND_DAYS` before publication (background) start nothing.
3. Undated sentences feed the incident being read; before any incident they are a
   summary, whose country fills the incidents that lack one. If an article gives
   a toll (a weapon used, ground taken, or a fight told as having happened: :mod:`.fight_told`) but no usable
   date, one incident is drafted for the week before publication.
4. Each field keeps the sentence it came from as its evidence; the first mention
   wins, except a toll that "rose to" a new figure, which replaces the old one.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models.field_values import refuse_wrong_arguments
from .abstain import abstain, drop_implausible_tolls
from .across_origin import country_across_origin
from .another_fight import own_blame_only
from .answer_across import answers_at_the_launch_site
from .answered_day import answered_day
from .coalition_origin import coalition_across
from .context import countries_named
from .dateline_place import dateline_country, place_of_the_dateline
from .datelines import Dateline
from .dates import find_dates
from .day_told_alone import day_told_alone
from .days_of_fighting import days_of_fighting
from .draft import Draft, Locator, country_code
from .draft_passes import read_each_draft, read_each_finished, read_each_site
from .drew_strike import strike_and_attack
from .event_date import refine_dates
from .event_days import BACKGROUND_DAYS
from .fight_told import fight_of_the_lead
from .finish import finish
from .headline_toll import toll_of_the_headline
from .hostages_taken import hostages_taken
from .in_kind import answered_in_kind
from .lead_blame import accusations_of_the_lead, blame_of_the_lead
from .lead_place import crossing_of_the_lead, lead_sentence
from .markup import plain_article
from .on_the_line import fire_on_the_line
from .one_more_death import one_more_death
from .operation_after import operation_after
from .own_side import own_side_accepts
from .passing_clause import attack_in_passing
from .place import coarse, read_place
from .planted import planted_bomb
from .protest_fire import fire_on_protesters
from .protest_held import protest_held
from .reader import Reader
from .release_report import release_report
from .roles import find_dateline
from .russian_guards import country_of_the_guards
from .said_dates import LEFT_UNDATED, own_stated_date
from .sentences import Sentence, split_sentences
from .set_apart import LEAD_APART, set_apart_drafts
from .sites import split_sites
from .taken_away import taking_of_the_lead
from .territory import ground_taken
from .told_then import told_then
from .town import town_in_the_district
from .vocab import VIOLENCE

__all__ = ["BACKGROUND_DAYS", "Draft", "Locator", "country_code", "extract_drafts"]


def extract_drafts(text: str, published: dt.date, *, locate: Locator | None = None) -> list[Draft]:
    """The incidents an article reports, as drafts (nothing is written anywhere).

    ``published`` bounds event dates and anchors relative ones unless the article has a
    dated dateline ("Beijing, Nov 28 (PTI) –"), whose day anchors them instead;
    ``locate`` (optional) geocodes the place phrases, e.g. with the offline gazetteer:
    see :func:`gazetteer_locator`. The steps run in a fixed order, each reading what the ones
    before it left: the sentences fed to the reader, the lead, the drafts kept, the article's
    countries, then the readings of each draft (:mod:`.draft_passes`) around the split of sites.
    """
    refuse_wrong_arguments(articles={"text": text}, days={"published": published})  # None, bytes, a NUL
    text = plain_article(text, "text")  # a saved web page as its text; RTF refused
    sentences = split_sentences(text)
    dateline, dateline_sentence = _dateline(sentences, published)
    anchor = dateline.day if dateline and dateline.day and dateline.day <= published else published
    reader = Reader(published, anchor, told_then=told_then(sentences))  # "…, the ISPR said then": earlier news
    headline, first_line, body_sentences = _feed_the_body(reader, sentences, dateline, dateline_sentence)
    summary = _read_the_lead(reader, headline)
    others = _keep_the_dated(reader, summary, sentences, anchor)
    toll_of_the_headline(reader.drafts, first_line)  # "three killed and nine missing", told only there
    background = {sentence.index for sentence in reader.background}
    told = [(sentence, text) for sentence, text in body_sentences if sentence.index not in background]
    refine_dates(reader.drafts, told, reader.published, anchor)  # the day told after a week's lead (not earlier news)
    day_told_alone(reader.drafts, body_sentences, background, reader.published, anchor)  # "The mine went off on …"
    days_of_fighting(reader.drafts, reader.published, anchor)  # "for a second day on Saturday": Friday to Saturday
    named, bureau = _countries_of_the_article(text, summary, sentences, (dateline, dateline_sentence), locate)
    if reader.foiled is not None and reader.drafts and not any("_foiled" in d.values for d in reader.drafts):
        reader.drafts[0].set("_foiled", True, reader.foiled)  # an infiltration foiled, told before the draft began
    read_each_draft(reader.drafts, sentences, background, others)
    accusations_of_the_lead(reader.drafts, summary, reader.lead)  # one side's blame told before the day
    blame_of_the_lead(reader.drafts, summary, others)  # the lead named who struck; the dated sentences only when
    crossing_of_the_lead(reader.drafts, lead_sentence(sentences, headline[0].index if headline else None))
    own_side_accepts(reader.drafts, sentences, background)  # the actor's own service telling the act: confirmed
    reader.drafts = split_sites(reader.drafts, sentences, background, reader.clash_words)  # two places, two tolls
    read_each_site(reader.drafts, sentences, background, others, named)
    _read_the_whole_article(reader, sentences, background, anchor, (dateline, dateline_sentence), locate)
    for draft in reader.drafts:
        abstain(draft)  # a toll read from a sentence of another year, or a figure denied: empty (see .abstain)
        fire_on_protesters(draft, sentences, background)  # "police fired on protesters": excessive force
        own_summary = summary if draft is not summary else None
        finish(draft, reader.clash_words.get(id(draft), False), own_summary, locate, named, bureau)
        read_each_finished(draft, sentences, background, reader.published)
        country_across_origin(draft, named)  # "smugglers crossing from Afghanistan", Tajikistan named: TJ
        country_of_the_guards(draft, named, sentences, background)  # the Russian guards of Tajikistan's frontier
    reader.drafts = operation_after(reader.drafts, sentences, background)  # the state's operation after a bombing
    reader.drafts = hostages_taken(reader.drafts, sentences, background)  # a crowd's attack and the people it seized
    reader.drafts = answers_at_the_launch_site(reader.drafts, sentences, background)  # its own incident
    reader.drafts = strike_and_attack(reader.drafts, sentences, background)  # the attack that drew an air strike
    for draft in reader.drafts:
        coalition_across(draft)  # "two NATO helicopters attacked a security post" in Pakistan: from Afghanistan
    fire_on_the_line(reader.drafts)  # both sides' fire at a crossing, placed on neither side: no country
    own_blame_only(reader.drafts, sentences)  # "There was another clash at X": the lead's blame is the lead's
    if (passing := attack_in_passing(reader, body_sentences, background)) is not None:
        finish(passing, False, None, locate, named, bureau)  # "…, hours after a bombing in Quetta": its own incident
        reader.drafts.append(passing)
    for draft in reader.drafts:
        drop_implausible_tolls(draft)  # "killed 10…0 people": empty, not a figure the store refuses whole
    return reader.drafts


def _feed_the_body(
    reader: Reader, sentences: list[Sentence], dateline: Dateline | None, dateline_sentence: int | None
) -> tuple[tuple[Sentence, str] | None, tuple[Sentence, str] | None, list[tuple[Sentence, str]]]:
    """Feed the reader every sentence but the headline and the deck, less the dateline's words.

    Returns the headline (or deck), the headline alone (a deck's figures are no toll: see .headline_toll) and
    the body's sentences, each with the words the reader read.
    """
    headline: tuple[Sentence, str] | None = None
    first_line: tuple[Sentence, str] | None = None  # a headline's, not a deck's (see .headline_toll)
    body_sentences: list[tuple[Sentence, str]] = []
    for sentence in sentences:
        usable = sentence.text
        if dateline is not None and sentence.index == dateline_sentence:
            usable = usable[len(dateline.text) :]  # where and when it was filed, not the event
        if _is_headline(sentence, sentences) or _deck(sentence, sentences, dateline_sentence):
            headline = (sentence, usable)  # its country may help; its figures are the body's, rounded
            first_line = headline if _is_headline(sentence, sentences) else None
            continue
        body_sentences.append((sentence, usable))
        reader.feed(sentence, usable)
    return headline, first_line, body_sentences


def _read_the_lead(reader: Reader, headline: tuple[Sentence, str] | None) -> Draft:
    """The summary: what the headline and the lead say before the first dated event.

    A sentence that tells no violence may still name who did it, or the scene of the violence told just before
    or just after it.
    """
    summary = Draft()
    last_violent: int | None = None
    before: tuple[Sentence, str] | None = None  # the sentence just before, if it told no violence
    for sentence, usable in [*([headline] if headline else []), *reader.lead]:
        if VIOLENCE.search(usable):  # what the report says before its first dated event
            reader.read(summary, sentence, usable)
            last_violent = sentence.index
            unplaced = "place" not in summary.values or coarse(str(summary.values["place"]))
            if before is not None and before[0].index == sentence.index - 1 and unplaced:
                # "Guards spotted shepherds near the village of Ak-Bosogo." "They threw stones.": the scene,
                # told just before, as a dated report's day told just before its violence (see Reader.pending)
                read_place(summary, *before, sides=False)
            before = None
        else:
            before = (sentence, usable)
            # "State television said Jaish al-Adl had claimed it": who did it, told without a violence word
            reader.read_attribution(summary, sentence, usable)
            unplaced = "place" not in summary.values or coarse(str(summary.values["place"]))
            if last_violent is not None and sentence.index == last_violent + 1 and unplaced:
                read_place(summary, sentence, usable, sides=False)  # "A shooting occurred." "It was near X."
    return summary


def _keep_the_dated(reader: Reader, summary: Draft, sentences: list[Sentence], anchor: dt.date) -> set[int]:
    """Keep the summary as a draft when nothing else was dated (or the lead was set apart), date the undated, and
    drop what was announced but never told.

    Returns the ids of the drafts set apart from an undated lead: every draft but the lead's once the first dated
    one was set apart.
    """
    taken = any(ground_taken(told) for _, told in reader.lead)  # (a capture is an incident with no toll told)
    drafted = _drafted(summary) or taken
    fought = None if drafted else fight_of_the_lead(reader.lead)  # a fight with no toll, no weapon (.fight_told)
    drafted = drafted or (fought is None and taking_of_the_lead(reader.lead) is not None)  # a taking (.taken_away)
    if (not reader.drafts or reader.lead_apart) and (drafted or fought is not None):
        _date_undated(summary, reader, anchor)
        reader.drafts.insert(0, summary)  # (before the dated incident set apart from it, if one)
        reader.clash_words[id(summary)] = reader.clash_words.get(id(summary), False) or fought is not None
        reader.drafts.extend(set_apart_drafts(reader, summary, sentences))  # "Separately, …": another, with its toll
    others = {id(d) for d in reader.drafts if d is not summary and (reader.lead_apart or LEAD_APART in d.notes)}
    for draft in [d for d in reader.drafts if "event_date" not in d.values and d.sentences and d is not summary]:
        _date_undated(draft, reader, anchor)  # an announced incident no sentence dated
    # announced, never told: nothing (one whose sentence states a date not its own stays, undated)
    reader.drafts = [d for d in reader.drafts if "event_date" in d.values or any(LEFT_UNDATED in n for n in d.notes)]
    return others


def _countries_of_the_article(
    text: str,
    summary: Draft,
    sentences: list[Sentence],
    dated: tuple[Dateline | None, int | None],
    locate: Locator | None,
) -> tuple[set[str], str | None]:
    """The countries the body names, and the wire bureau's country when the dateline is a bureau abroad.

    The dateline's country is the summary's country mention unless it is a bureau's ("DUBAI (Reuters) -"); a
    filing city the body names again ("KARACHI — … outside Karachi's airport") is also the scene.
    """
    dateline, dateline_sentence = dated
    body = text[text.find(dateline.text) + len(dateline.text) :] if dateline else text
    named = countries_named(body)
    hint, hint_evidence = dateline_country(dateline, sentences, dateline_sentence, locate)
    if hint and dateline and re.search(rf"\b{re.escape(dateline.city)}\b", body, re.IGNORECASE):
        named.add(hint)  # "KARACHI — … outside Karachi's airport": the filing city is also the scene
    bureau = None
    if hint not in named and dateline is not None and dateline.agency:
        # a wire bureau abroad ("DUBAI (Reuters) -"), not the event's country; but a place found in the bureau's
        # own country agrees with it ("QUETTA (Reuters) - … in Panjgur"), see .finish
        bureau, hint = hint, None
    if hint and "_country_mention" not in summary.values:
        summary.values["_country_mention"], summary.evidence["_country_mention"] = hint, hint_evidence or ""
    return named, bureau


def _read_the_whole_article(
    reader: Reader,
    sentences: list[Sentence],
    background: set[int],
    anchor: dt.date,
    dated: tuple[Dateline | None, int | None],
    locate: Locator | None,
) -> None:
    """The readings that weigh the drafts together against the article: a clash answered in kind, one more death,
    the town, a planted bomb, the dateline's place, a release's old day, a protest held."""
    if len(reader.drafts) == 1 and answered_in_kind(sentences, background):  # "troops answered in kind": a clash
        reader.clash_words[id(reader.drafts[0])] = True
    one_more_death(reader.drafts, sentences, background, anchor)  # "and of one more soldier in Khyber Agency"
    town_in_the_district(reader.drafts, sentences, background)  # "in Bajur district", "held in Khar": the town
    planted_bomb(reader.drafts, sentences, background)  # "a home-made bomb hidden in a crate": an ied
    dateline, dateline_sentence = dated
    dateline_lead = sentences[dateline_sentence] if dateline_sentence is not None else None
    place_of_the_dateline(reader.drafts, dateline, dateline_lead, locate)  # "PARACHINAR: … the centre of the city"
    reader.drafts = release_report(reader.drafts, sentences, reader.published)  # the kidnapping's old day
    reader.drafts = protest_held(reader.drafts, sentences, background, reader.published, BACKGROUND_DAYS)  # no other


def _drafted(summary: Draft) -> bool:
    """Whether what a report says before any date is an incident: a toll, or a weapon used — unless the
    weapon is only told in a claim the report says was dismissed ("Uzbekistan dismissed a claim that it
    fired rockets") or in a description of damage ("the buildings, which were damaged by firing")."""
    if any(name in summary.values for name in ("killed", "injured")):
        return True
    return "weapons" in summary.values and not _NOT_TOLD.search(summary.evidence.get("weapons", ""))


#: A weapon told in a dismissed claim or in a relative clause about damage: no event of the report's.
_NOT_TOLD = re.compile(
    r"\b(?:dismissed|denied|rejected|refuted)\s+(?:a|the)\s+(?:claim|report)s?\b|"
    r",\s*which\s+(?:were|was|had been|have been)\s+damaged\b",
    re.IGNORECASE,
)


def _date_undated(summary: Draft, reader: Reader, anchor: dt.date) -> None:
    """Date an event the article reports without its own date.

    "…, officials said on Saturday": it happened in the week up to that day (``week``),
    as the real reports' coders read it: a statement can come days after the event.
    With no date at all, the week before the anchor, as ``week``: never a made-up day.
    The ways of dating it are tried from the surest to the loosest; the first that dates it wins.
    """
    earliest = reader.published - dt.timedelta(days=BACKGROUND_DAYS)
    if _dated_by_the_story(summary, reader, anchor, earliest):
        return
    if _dated_by_the_answer(summary, reader, anchor, earliest):
        return
    if _dated_today(summary, reader, anchor) or _dated_as_stated(summary, reader, anchor):
        return
    if _dated_by_the_statement(summary, reader, anchor, earliest):
        return
    first = (reader.summary or reader.lead)[0][0]
    why = own_stated_date(first.text, reader.published, anchor)[1]
    if why is not None:  # a date was there: no made-up week, and no note that the article gives none
        summary.notes.append(f"{LEFT_UNDATED}: {why}.")
        return
    summary.date_week_up_to(anchor, first.text)
    summary.notes.append("The article gives no date for it: the week before publication is assumed.")


def _dated_by_the_story(summary: Draft, reader: Reader, anchor: dt.date, earliest: dt.date) -> bool:
    """The last day of the story the lead tells ("They crossed on Tuesday and were tracked down on Wednesday")."""
    for sentence, text in reader.lead:
        if not _NARRATIVE.search(text):
            continue
        steps = [
            d
            for d in find_dates(text, reader.published, anchor)
            if not d.reporting and d.precision in ("day", "days") and earliest <= d.start <= reader.published
        ]
        if steps:
            # "They crossed on Tuesday and were tracked down on Wednesday": the fight ends the story told
            last = max(steps, key=lambda d: d.position)
            summary.set("event_date", last.start.isoformat(), sentence)
            summary.set("event_date_end", last.end.isoformat() if last.end else None, sentence)
            summary.set("date_precision", last.precision, sentence)
            summary.notes.append(f"Dated by the last step of the story told before it ({last.text}).")
            if "place" not in summary.values:
                read_place(summary, sentence, text)  # "… entered the country on Tuesday at the village of Kavo"
            return True
    return False


def _dated_by_the_answer(summary: Draft, reader: Reader, anchor: dt.date, earliest: dt.date) -> bool:
    """The day the lead's own force answered the attack ("The guards returned fire on June 9"), unless set apart."""
    if not reader.lead_apart and (
        answered := answered_day([t for _, t in reader.lead], reader.published, anchor, earliest)
    ):
        # "The guards returned fire on June 9": the lead's own force answering its attack, on its day
        told = next(sentence for sentence, text in reader.lead if answered.text in text)
        summary.set("event_date", answered.start.isoformat(), told)
        summary.set("date_precision", answered.precision, told)
        summary.notes.append(f"Dated by the day its defenders answered the attack ({answered.text}).")
        return True
    return False


def _dated_today(summary: Draft, reader: Reader, anchor: dt.date) -> bool:
    """The report's own day, when it calls the incident today's."""
    for sentence, text in [*reader.summary, *reader.lead]:
        if _TODAYS.search(text):
            # "every side of the three terrorist incidents of today must be examined" (Einiat 716): the report's day
            summary.set("event_date", anchor.isoformat(), sentence)
            summary.set("date_precision", "day", sentence)
            summary.notes.append("Dated by the report's own day: it calls the incident today's.")
            return True
    return False


def _dated_by_the_statement(summary: Draft, reader: Reader, anchor: dt.date, earliest: dt.date) -> bool:
    """The week up to the day a statement was made: the lead's statement bounds the event, it does not date it.

    "The Taliban regime sent four drones across the border, the military said on Tuesday." followed by the
    downing, told with no day (Dawn 523).
    """
    for sentence, text in [*reader.summary, *reader.lead]:
        said = [
            d
            for d in find_dates(text, reader.published, anchor)
            if d.reporting
            and d.precision == "day"
            and earliest <= d.start <= reader.published
            # "…, the Al-Quds Headquarters said, as Al-Masdar News reported on Thursday, citing the Mehr news
            # agency" (SinarPost 712): another outlet's day, not the statement's; the report's own date bounds it
            and not _OUTLET_DAY.search(text[: d.position])
        ]
        if said:
            # A statement's day bounds the event, it does not date it: officials often speak days later.
            day = said[0].start
            summary.date_week_up_to(day, sentence.text)
            summary.notes.append(f"Dated by when it was reported ({said[0].text}): in the week up to that day.")
            return True
    return False


def _dated_as_stated(summary: Draft, reader: Reader, anchor: dt.date) -> bool:
    """Date the draft by the date its first sentence states for the event, which the reader set aside as too old
    or too coarse to start an incident with ("killed four guards near Saravan on March 3", "… last month"); see
    :mod:`.said_dates`. The week before publication would be a made-up date when the text gives one."""
    sentence = (reader.summary or reader.lead)[0][0]
    own, _why = own_stated_date(sentence.text, reader.published, anchor)
    if own is None:
        return False
    summary.set("event_date", own.start.isoformat(), sentence)
    summary.set("event_date_end", own.end.isoformat() if own.end else None, sentence)
    summary.set("date_precision", own.precision, sentence)
    summary.notes.append(f"Dated by the date its own sentence states ({own.text}), older or coarser than a day.")
    return True


_INCIDENT_WORDS = r"(?:attacks?|incidents?|shootings?|clash(?:es)?|ambush(?:es)?|killings?|bombings?)"
#: The incident told as the day's: "the three terrorist incidents of today", "today's attack".
_TODAYS = re.compile(
    rf"\b{_INCIDENT_WORDS}\s+of\s+today\b|\btoday[’']s\s+(?:[\w-]+\s+){{0,2}}?{_INCIDENT_WORDS}\b", re.IGNORECASE
)
#: An outlet quoted for the statement: "as Al-Masdar News reported on", a day of its own reporting.
_OUTLET_DAY = re.compile(r"\bas\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:reported|wrote)\s+(?:on\s+)?$")


#: The steps that lead to a clash: crossing, being found. A day told with them dates the clash that follows.
_NARRATIVE = re.compile(
    r"\b(?:entered|crossed|infiltrated|tracked down|spotted|detected|located|intercepted|surrounded|"
    r"(?:were|was) (?:found|seen|caught)|(?:tried|trying|attempt(?:ed|ing)?) to (?:cross|infiltrate|sneak))\b",
    re.IGNORECASE,
)


def _is_headline(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """A first paragraph of one unpunctuated line, with the body after it."""
    return (
        sentence.index == 0
        and sentence.paragraph == 0
        and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))
        and any(other.paragraph > 0 for other in sentences)
    )


def _deck(sentence: Sentence, sentences: list[Sentence], dateline_sentence: int | None) -> bool:
    """A print edition's summary line before the dateline's paragraph ("Suicide bomber drives car into convoy, more
    than 30 troops wounded; ISPR says three militants killed", Dawn 545): read as a headline, its figures partial."""
    if dateline_sentence is None or sentence.index != 0 or sentence.paragraph != 0 or dateline_sentence != 1:
        return False
    return sentences[1].paragraph == 1


def _dateline(sentences: list[Sentence], published: dt.date) -> tuple[Dateline | None, int | None]:
    """The report's dateline and the sentence it heads: it opens one of the first few sentences."""
    for sentence in sentences[:4]:
        found = find_dateline(sentence.text, published)
        if found is not None:
            return found, sentence.index
    return None, None
