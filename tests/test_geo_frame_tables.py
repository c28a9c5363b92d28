"""Every unit word of the frame readers' tables (:mod:`incident_tracker.geo.european_frames`,
:mod:`incident_tracker.geo.suffix_frames`) read once by a test (review28): geo155 and geo156 tested the words their
batches brought, and 28 of the 58 unit rows no string of their tests (nor of test_geo_thirtyseventh.py) held. A row
added without an example here fails :func:`test_every_unit_row_has_an_example`. Strings are house-written: none is
the set's. Pure functions only: no gazetteer, a few milliseconds."""

from __future__ import annotations

import re

import pytest

from incident_tracker.geo import european_frames as frames
from incident_tracker.geo.european_frames import european_frames_off
from incident_tracker.geo.suffix_frames import suffix_frames_off

#: One example a unit row, by table: the part in the language, and the English wording it is read as.
EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "_SPANISH": [
        ("la provincia de Herat", "the province of Herat"),
        ("el distrito de Spin Boldak", "the district of Spin Boldak"),
        ("la región de Herat", "the region of Herat"),
        ("la ciudad de Zaranj", "the city of Zaranj"),
        ("el pueblo de Islam Qala", "the village of Islam Qala"),
        ("la zona de Kurram", "the Kurram area"),
        ("el cruce fronterizo de Torkham", "the Torkham border crossing"),
        ("un puesto fronterizo de Chaman", "the Chaman border post"),
        ("el puesto de control de Zero Point", "the Zero Point checkpoint"),
    ],
    "_FRENCH": [
        ("la province de Kunar", "the province of Kunar"),
        ("le district de Spin Boldak", "the district of Spin Boldak"),
        ("la région de Batken", "the region of Batken"),
        ("la ville de Zaranj", "the city of Zaranj"),
        ("le village de Vorukh", "the village of Vorukh"),
        ("la zone de Kurram", "the Kurram area"),
        ("au poste-frontière de Chaman", "at the Chaman border post"),
        ("le point de passage de Torkham", "the Torkham border crossing"),
        ("le col de Khunjerab", "the Khunjerab pass"),
    ],
    "_GERMAN": [
        ("die Provinz Kunar", "the province of Kunar"),
        ("der Bezirk Zhob", "the district of Zhob"),
        ("die Stadt Zahedan", "the city of Zahedan"),
        ("das Dorf Vorukh", "the village of Vorukh"),
        ("das Gebiet Batken", "the Batken area"),
        ("der Grenzübergang Torkham", "the Torkham border crossing"),
        ("der Grenzposten Torkham", "the Torkham border post"),
        ("der Kontrollpunkt Torkham", "the Torkham checkpoint"),
    ],
    "_SERBIAN": [
        ("u provinciji Kandahar", "in the province of Kandahar"),
        ("okrug Zabol", "the district of Zabol"),
        ("granični prelaz Dogharoun", "the Dogharoun border crossing"),
    ],
    "_ITALIAN": [
        ("la provincia di Kunar", "the province of Kunar"),
        ("il distretto di Bajaur", "the district of Bajaur"),
        ("la regione di Batken", "the region of Batken"),
        ("la città di Khorog", "the city of Khorog"),
        ("il villaggio di Vorukh", "the village of Vorukh"),
        ("il confine di Chaman", "the Chaman border"),
        ("l'aeroporto di Khorog", "the Khorog airport"),
        ("il valico di Torkham", "the Torkham border crossing"),
    ],
    "_PORTUGUESE": [
        ("a província de Kunar", "the province of Kunar"),
        ("o distrito de Spin Boldak", "the district of Spin Boldak"),
        ("o estado de Hirmand", "the county of Hirmand"),
        ("a região de Batken", "the region of Batken"),
        ("a cidade de Zaranj", "the city of Zaranj"),
        ("a aldeia de Vorukh", "the village of Vorukh"),
        ("o posto de fronteira de Chaman", "the Chaman border post"),
        ("o posto de controle de Chaman", "the Chaman checkpoint"),
        ("a passagem de fronteira de Torkham", "the Torkham border crossing"),
    ],
    "_POLISH": [
        ("w prowincji Kunar", "in the province of Kunar"),
        ("dystrykt Zhob", "the district of Zhob"),
        ("miasto Zaranj", "the city of Zaranj"),
        ("wieś Vorukh", "the village of Vorukh"),
        ("przejście graniczne Torkham", "the Torkham border crossing"),
    ],
    "_DUTCH": [
        ("de provincie Kunduz", "the province of Kunduz"),
        ("de regio Batken", "the region of Batken"),
        ("de stad Zaranj", "the city of Zaranj"),
        ("het dorp Vorukh", "the village of Vorukh"),
        ("de grensovergang bij Torkham", "the Torkham border crossing"),
        ("de grenspost bij Chaman", "the Chaman border post"),
    ],
    "_ENGLISH": [("the airport of Khorog", "the Khorog airport")],
}


@pytest.mark.parametrize(("text", "english"), [example for examples in EXAMPLES.values() for example in examples])
def test_each_unit_row_is_read_in_english(text: str, english: str) -> None:
    """A unit that holds the name is "the <unit> of X"; a kind word English writes after the name, "the X <kind>"."""
    assert european_frames_off(text) == english


@pytest.mark.parametrize("table", sorted(EXAMPLES))
def test_every_unit_row_has_an_example(table: str) -> None:
    """Each unit word of the table is held by one of its examples, so a row no test reads cannot be added."""
    language = getattr(frames, table)
    texts = [text for text, _ in EXAMPLES[table]]
    unread = [
        unit for unit in language.units if not any(re.search(rf"(?<!\w)(?:{unit})(?!\w)", t, re.I) for t in texts)
    ]
    assert unread == []


def test_every_table_has_examples() -> None:
    """Control of the test above: a table of the reader with no examples here fails."""
    assert {language for language in vars(frames) if isinstance(getattr(frames, language), frames._Language)} == set(
        EXAMPLES
    )


def test_a_french_post_near_a_town_is_the_towns_district() -> None:
    """The French facility words, as the Spanish and German ones (tests/test_geo_batch78_rules.py)."""
    assert european_frames_off("un poste près de la ville de Zabol") == "Zabol district"


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Batken vilayetinde", "Batken province"),
        ("Isfara kasabasında", "Isfara town"),
        ("Batken kentinde", "Batken city"),
        ("토르캄 국경 인근 란디코탈", "란디코탈 near Torkham"),
        ("파키스탄 북서부 토르캄", "Torkham, Pakistan"),
        ("アフガニスタン南部スピン・ボルダック", "Spin Boldak, Afghanistan"),
    ],
)
def test_the_suffix_rows_no_batch_test_reads(text: str, english: str) -> None:
    """Turkish "vilayet", "kasaba", "kent" with their endings; the Korean "국경 인근 Y" (Y near the border), a country
    before a Korean or Japanese direction kept as context, a katakana town put back in its row's Latin name."""
    assert suffix_frames_off(text) == english
