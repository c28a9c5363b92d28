"""Each side's account: a grid of counter-accounts (issue 14, the thirty-eighth round; docs/extract.md).

One side's account alone is the codebook's ``alleged``: the force it says acted is the perpetrator, the speaker the
accuser (extract109, "Counter-accounts"); a later toll of the acting side's own people is not the victims'.

Speaker × account frame × order × pair of sides: where each of two sides blames the other, the incident is the
codebook's ``disputed``. Guards: one side's account alone is not ``disputed``; a third party's comment is no side's
account; the same side twice is not a dispute; a Taliban speaker is the Afghan side only after August 2021. Every
sentence is written for this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from incident_tracker.extract import extract_drafts
from incident_tracker.extract.accusations import Accusation, accusations
from incident_tracker.extract.draft import Draft, state_code

PUBLISHED = dt.date(2024, 3, 14)

#: Pairs of sides: (country, demonym, capital) of each, and a place of the clash.
_PAIRS = {
    "AF-PK": (("Afghanistan", "Afghan", "Kabul"), ("Pakistan", "Pakistani", "Islamabad")),
    "TJ-KG": (("Tajikistan", "Tajik", "Dushanbe"), ("Kyrgyzstan", "Kyrgyz", "Bishkek")),
    "IR-AF": (("Iran", "Iranian", "Tehran"), ("Afghanistan", "Afghan", "Kabul")),
    "IR-PK": (("Iran", "Iranian", "Tehran"), ("Pakistan", "Pakistani", "Islamabad")),
}

#: How the speaker of a side is named: {c} country, {d} demonym, {k} capital.
_SPEAKERS = {
    "spokesman of X": "A spokesman for the {d} defence ministry said",
    "officials of X": "Officials of the {d} border service said",
    "X's spokesman NAME,": "{c}'s defence ministry spokesman, Rustam Halimov, said",
    "NAME, a spokesman for X,": "Farid Shamsi, a spokesman for {c}'s interior ministry, said",
    "in capital, NAME,": "A {d} spokesman in {k}, Omid Karimi, said",
    "capital said": "{k} said",
    # the side read through the appositive (issue 14, extract109)
    "NAME, the X government's spokesman,": "Karim Sadiqi, the {d} government's spokesman, said",
    "NAME, spokesman for the X army,": "Karim Sadiqi, spokesman for the {d} army, said",
}

#: What the speaker says the other side did: {d} is the other side's demonym.
_FRAMES = {
    "fired first": "{d} forces had fired first.",
    "opened fire first": "{d} troops opened fire first.",
    "started": "{d} border guards started the clash.",
    "provoked": "{d} forces provoked the exchange.",
    "attacked first": "{d} soldiers attacked first.",
    "unprovoked fire from": "its posts came under unprovoked fire from {d} forces.",
    "returned fire after": "its guards returned fire after {d} troops fired on them.",
}

_EVENT = "Two border guards were killed on Tuesday in an exchange of fire at a crossing."


def _draft(text: str, published: dt.date = PUBLISHED) -> Draft:
    drafts = extract_drafts(text, published)
    assert len(drafts) == 1, [d.values for d in drafts]
    return drafts[0]


def _account(speaker: str, side: tuple[str, str, str], other: tuple[str, str, str], frame: str) -> str:
    country, demonym, capital = side
    return _SPEAKERS[speaker].format(c=country, d=demonym, k=capital) + " " + _FRAMES[frame].format(d=other[1])


_CELLS = [
    (pair, speaker, frame, order)
    for pair in _PAIRS
    for speaker in _SPEAKERS
    for frame in _FRAMES
    for order in ("first side first", "other side first")
]


@pytest.mark.parametrize(("pair", "speaker", "frame", "order"), _CELLS)
def test_each_side_blaming_the_other_is_disputed(pair: str, speaker: str, frame: str, order: str) -> None:
    one, two = _PAIRS[pair]
    # the first side's account in this cell's frames; the answer always in the plain "<capital> said" frame
    first = _account(speaker, one, two, frame)
    answer = f"{two[2]} said {one[1]} forces had opened fire first."
    accounts = (first, answer) if order == "first side first" else (answer, first)
    draft = _draft(f"{_EVENT} {accounts[0]} {accounts[1]}")
    assert draft.values["attribution"] == "disputed", (accounts, draft.values)


@pytest.mark.parametrize("speaker", list(_SPEAKERS))
def test_the_speaker_is_tied_to_its_side(speaker: str) -> None:
    one, two = _PAIRS["TJ-KG"]
    assert accusations(_account(speaker, one, two, "fired first")) == [Accusation("TJ", "KG")]


_KABUL_LEAD = (
    "Afghan forces opened fire on a Pakistani border post in the Kurram district on Thursday, killing three "
    "paramilitary soldiers, Pakistan's military said."
)


@pytest.mark.parametrize(
    "answer",
    [
        "A Taliban spokesman said Pakistani forces had fired first.",
        "A Taliban spokesman in Kabul, Hamid Noori, said Pakistani forces had fired first.",
        # any town the spokesman speaks from, not one place's name (fixes11)
        "A Taliban spokesman in Kandahar, Hamid Noori, said Pakistani forces had fired first.",
        "The Taliban said Pakistani forces started the clash.",
        "Taliban officials said the clash began when Pakistani troops opened fire.",
    ],
)
def test_a_taliban_speaker_after_august_2021_is_the_afghan_side(answer: str) -> None:
    assert _draft(f"{_KABUL_LEAD} {answer}", dt.date(2024, 3, 15)).values["attribution"] == "disputed"


def test_a_taliban_speaker_before_august_2021_is_no_states_side() -> None:
    answer = "A Taliban spokesman said Pakistani forces had fired first."
    assert _draft(f"{_KABUL_LEAD} {answer}", dt.date(2019, 3, 15)).values["attribution"] == "alleged"


def test_the_pakistani_taliban_are_not_the_afghan_side() -> None:
    answer = "A Pakistani Taliban spokesman said Pakistani forces had fired first."
    assert _draft(f"{_KABUL_LEAD} {answer}", dt.date(2024, 3, 15)).values["attribution"] != "disputed"
    assert accusations("Tehreek-e-Taliban Pakistan said Pakistani forces had fired first.") == []


def test_one_sides_account_alone_is_not_disputed() -> None:
    one, two = _PAIRS["AF-PK"]
    for speaker in _SPEAKERS:
        draft = _draft(f"{_EVENT} {_account(speaker, one, two, 'fired first')}")
        assert draft.values["attribution"] != "disputed", (speaker, draft.values)
    assert _draft(f"{_EVENT} Kabul said Pakistani forces had fired first.").values["attribution"] == "alleged"


def test_a_third_partys_comment_is_no_sides_account() -> None:
    assert accusations("Analysts said Pakistan fired first.") == []
    assert accusations("A spokesman for the United Nations said Pakistani forces had fired first.") == []
    draft = _draft(f"{_EVENT} Kabul said Pakistani forces fired first. Analysts said Afghan troops fired first.")
    assert draft.values["attribution"] != "disputed"


def test_the_same_side_twice_is_not_disputed() -> None:
    draft = _draft(
        f"{_EVENT} Kabul said Pakistani forces fired first. "
        "A spokesman for the Afghan defence ministry said Pakistani troops had provoked the exchange."
    )
    assert draft.values["attribution"] == "alleged"


def _names_state(perpetrator: object, code: str) -> bool:
    return code in {state_code(word.strip(",.")) for word in str(perpetrator or "").split()}


_ONE_SIDED = [(pair, speaker, frame) for pair in _PAIRS for speaker in _SPEAKERS for frame in _FRAMES]


@pytest.mark.parametrize(("pair", "speaker", "frame"), _ONE_SIDED)
def test_one_sides_account_names_the_accused_as_perpetrator(pair: str, speaker: str, frame: str) -> None:
    one, two = _PAIRS[pair]
    draft = _draft(f"{_EVENT} {_account(speaker, one, two, frame)}")
    values = draft.values
    assert values["attribution"] == "alleged", values
    assert _names_state(values.get("perpetrator"), state_code(two[1]) or ""), values
    by = str(values.get("attributed_by") or "")
    assert any(word in by for word in one), values


@pytest.mark.parametrize(
    "speaker",
    [
        "A Taliban spokesman said",
        "Hamid Noori, the Taliban government's spokesman, said",
        "Hamid Noori, spokesman of the Islamic Emirate, said",
        "Hamid Noori, a spokesman for the Taliban administration, said",
    ],
)
def test_a_taliban_speakers_counter_account_alone_is_alleged_against_the_other_side(speaker: str) -> None:
    text = f"{_EVENT} {speaker} Pakistani forces had fired first."
    values = _draft(text, dt.date(2024, 3, 15)).values
    assert values["attribution"] == "alleged", values
    assert _names_state(values.get("perpetrator"), "PK"), values
    assert "Taliban" in str(values.get("attributed_by")) or "Emirate" in str(values.get("attributed_by")), values


@pytest.mark.parametrize(
    "speaker",
    ["Hamid Noori, the Taliban government's spokesman, said", "Hamid Noori, spokesman of the Islamic Emirate, said"],
)
def test_an_appositive_taliban_speaker_answers_the_other_side(speaker: str) -> None:
    draft = _draft(f"{_KABUL_LEAD} {speaker} Pakistani forces had fired first.", dt.date(2024, 3, 15))
    assert draft.values["attribution"] == "disputed", draft.values


def test_a_pakistani_taliban_appositive_speaker_is_no_sides_account() -> None:
    said = "Omar Khorasani, a spokesman for the Tehrik-i-Taliban Pakistan, said Pakistani forces had fired first."
    assert accusations(said) == []


def test_a_bare_side_names_no_perpetrator() -> None:
    assert accusations("Kabul said Pakistan had begun the firing.")[0].actor is None


_LOSSES = (
    "Afghan forces opened fire on a border post in the Kurram district on Thursday, killing three paramilitary "
    "soldiers, Pakistan's military said."
)


@pytest.mark.parametrize(
    "later",
    [
        "Three Afghan fighters were also wounded in the exchange.",
        "Two Afghan soldiers were killed when the Pakistani side returned fire.",
    ],
)
def test_the_acting_sides_own_losses_are_not_the_victims_nationality(later: str) -> None:
    values = _draft(f"{_LOSSES} {later}", dt.date(2024, 3, 15)).values
    assert values.get("victim_nationality") != "AF", values


def test_a_later_sentence_still_tells_the_victims_nationality() -> None:
    values = _draft(f"{_LOSSES} The three soldiers were Pakistani nationals.", dt.date(2024, 3, 15)).values
    assert values.get("victim_nationality") in (None, "PK"), values
    said = "Afghan forces opened fire on a border post on Thursday, killing three men. Three Pakistani civilians died."
    assert _draft(said, dt.date(2024, 3, 15)).values.get("victim_nationality") == "PK"
