"""The readers that refuse strings naming no one point, on new strings of the same shapes (issue 13; geo160).

geo158 found that issue 13's wrong answers come from misreading what a string refers to, not from one path's guess:
12 of `dev`'s 19 first-time wrongs of batches 56-79 were strings labelled `unlocated` answered at all, and batch 80
added two more (docs/geocoding-journal.md, "Strings that name no one point: the readers' reach (geo160)"). Each of
those was mended by a rule written from one string. These strings are house-written, of the same shapes with other
names, other countries of the region, other word orders and the set's languages, to measure how far the rules reach:
they measure reach, not accuracy, and none is the set's.

Labels follow the set's header (bench/geocode_real.tsv): ``None`` where the string names no one point (a list, a
line between two units, a stretch between two places, a distance from a town, a valley or range of several units, a
unit named after a town), and ``(lat, lon, km)`` where the set lets a unit stand in (a stretch inside one district,
the mountains of a district: the district seat, GeoNames, as the pack rows' sources give it). ``KNOWN_GAPS`` are the
ids that fail today, each with why: strict xfails, so a rule that mends one must take it off the list.

Shapes and the first-time `dev` wrong each comes from (the rule that mended it): zero point of a province's border
(g5361, geo/zero_point.py); two crossings each in its province (g5426, list_guard.two_with_units; by name:
shape_guard.two_places_in_units); between two places, a road from X to Y (g5649, pair_lines and the pair readers);
a province's areas X and Y (g5716); posts around an enclave (g6242, around_area); part of a valley (g6247,
no_point_guard); the line between two provinces (g6443, shape_guard.dangling_and for a reading cut at "and"); two
districts under one unit word (g6554, unit_list_guard; shape_guard.dangling_and for two Russian adjectives); two
units under a plural word (geo137); a distance from a town (g6628, reference_guard: up to 25 km is near the town);
"one at X, the other at Y" (g7228, list_guard.two_by_comma); a Soviet-era name called a district (g7701,
unit_name_guard.old_name_district); an outpost of a detachment named after a town (g7746,
unit_name_guard.unit_named_after_town); ranges and the mountains of a district (g7700, range_units); a stretch
inside one district (the unit stands in).
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_tracker.geo.gazetteer import haversine_km
from incident_tracker.geo.locate import locate

#: (id, shape, text, countries the text names, expected: None for no answer, or (lat, lon, km) of the unit that
#: stands in). Coordinates: GeoNames district seats as the pack gives them (Shamsiddin Shohin: Vose' district seat
#: per the pack's Wikipedia row; Darvoz 1221559; Zhob 1162105; Kurram, Parachinar 1168394; Isfara 1514896; Leilek,
#: Razzakov 1222662; Bostanliq, G'azalkent 1513996; Khorugh 1221328).
CASES: list[tuple[str, str, str, str, tuple[float, float, float] | None]] = [
    ("s01", "zero_point", "the zero point of the Sistan and Baluchestan border with Pakistan", "IR PK", None),
    ("s02", "zero_point", "نقطه صفر مرزی خراسان رضوی با افغانستان", "IR AF", None),
    ("s03", "zero_point", "نقطه صفر مرز سیستان و بلوچستان با پاکستان", "IR PK", None),
    ("s04", "zero_point", "нулевой точке границы Сурхандарьинской области с Афганистаном", "UZ AF", None),
    ("s05", "zero_point", "the zero line of Kunar province with Pakistan", "AF PK", None),
    ("s06", "zero_point", "zero point of Balochistan's border with Iran", "PK IR", None),
    (
        "s10",
        "two_in_two_units",
        "the Torkham crossing in Khyber district and the Chaman crossing in Balochistan",
        "PK AF",
        None,
    ),
    ("s11", "two_in_two_units", "مرزهای میلک در استان سیستان و بلوچستان و دوغارون در استان خراسان رضوی", "IR AF", None),
    ("s12", "two_in_two_units", "Ishkashim in Badakhshan and Panji Poyon in Khatlon", "TJ AF", None),
    ("s13", "two_in_two_units", "Irkeshtam in Osh region and Torugart in Naryn region", "KG CN", None),
    (
        "s14",
        "two_in_two_units",
        "пунктах пропуска Иркештам в Ошской области и Торугарт в Нарынской области",
        "KG CN",
        None,
    ),
    ("t80", "two_in_two_units", "Torkham in Khyber and Chaman in Killa Abdullah", "PK AF", None),
    ("t81", "two_in_two_units", "the Milak border in Zabol and Dogharoun in Taybad", "IR AF", None),
    (
        "t82",
        "two_in_two_units",
        "the Torkham border in Khyber district and the Ghulam Khan border in North Waziristan",
        "PK AF",
        None,
    ),
    (
        "t83",
        "two_in_two_units",
        "the Kulma pass in Gorno-Badakhshan and the Irkeshtam pass in Osh region",
        "TJ KG CN",
        None,
    ),
    ("s20", "between", "between Chaman and Spin Boldak", "AF PK", None),
    ("s21", "between", "the road between Khorog and Ishkashim", "TJ AF", None),
    ("s22", "between", "между Хорогом и Ишкашимом", "TJ AF", None),
    ("s23", "between", "بین زاهدان و میرجاوه", "IR PK", None),
    ("s24", "between", "د چمن او سپین بولدک تر منځ", "AF PK", None),
    ("s25", "between", "چمن اور سپین بولدک کے درمیان", "AF PK", None),
    ("s26", "between", "the highway between Osh and Batken", "KG TJ", None),
    ("s27", "between", "entre Chaman et Spin Boldak", "AF PK", None),
    ("s28", "between", "the stretch from Torkham to Landi Kotal", "PK AF", None),
    ("s29", "between", "между селами Ворух и Ак-Сай", "KG TJ", None),
    ("t10", "between", "میان اسلام قلعه و هرات", "AF IR", None),
    ("t11", "between", "喀什和伊尔克什坦之间", "CN KG", None),
    ("t12", "between", "the area between Ishkashim and Khorog", "TJ AF", None),
    ("t13", "between", "on the Torkham–Jalalabad road", "AF PK", None),
    ("t14", "between", "the Khorog-Ishkashim highway", "TJ AF", None),
    ("s30", "province_areas", "بلوچستان کے علاقوں ژوب اور چمن", "PK AF", None),
    ("s31", "province_areas", "Khyber Pakhtunkhwa's areas of Bajaur and Mohmand", "PK AF", None),
    ("s32", "province_areas", "the Balochistan areas of Zhob and Killa Saifullah", "PK AF", None),
    ("s33", "province_areas", "خیبر پختونخوا کے اضلاع باجوڑ اور مہمند", "PK AF", None),
    ("s40", "enclave_posts", "the border posts around the Vorukh enclave", "KG TJ", None),
    ("s41", "enclave_posts", "посты по периметру анклава Сох", "KG UZ", None),
    ("s42", "enclave_posts", "the checkpoints along the perimeter of the Shakhimardan enclave", "KG UZ", None),
    ("s43", "enclave_posts", "пограничные посты вокруг анклава Ворух", "KG TJ", None),
    ("s50", "valley", "the north of the Fergana Valley", "KG UZ", None),
    ("s51", "valley", "the eastern Ferghana valley", "KG UZ TJ", None),
    ("s52", "valley", "юг Ферганской долины", "KG UZ", None),
    ("s53", "valley", "the Zeravshan valley", "TJ UZ", None),
    ("s54", "valley", "the southern part of the Rasht Valley", "TJ AF", None),
    ("s55", "valley", "در دره فرغانه", "KG UZ TJ", None),
    ("t31", "valley", "the Vakhsh valley", "TJ AF", None),
    ("t32", "valley", "Ферганская долина", "KG UZ", None),
    ("t33", "valley", "the Rasht valley", "TJ AF", None),
    ("t34", "valley", "в Раштской долине", "TJ AF", None),
    ("t35", "valley", "the southern Ferghana Valley", "KG UZ", None),
    ("s60", "unit_line", "the border of Batken and Sughd regions", "KG TJ", None),
    ("s61", "unit_line", "на границе Баткенской области Кыргызстана и Согдийской области Таджикистана", "KG TJ", None),
    ("s62", "unit_line", "the boundary between Kunar and Nangarhar provinces", "AF PK", None),
    ("s63", "unit_line", "مرز استان سیستان و بلوچستان و ولایت نیمروز", "IR AF", None),
    ("s64", "unit_line", "на стыке Ошской и Андижанской областей", "KG UZ", None),
    ("s65", "unit_line", "the line between Lebap and Bukhara regions", "TM UZ", None),
    ("s66", "unit_line", "on the border of Surkhandarya region and Khatlon province", "UZ TJ", None),
    ("t40", "unit_line", "مرز ولایت\u200cهای کنر و ننگرهار", "AF PK", None),
    ("t41", "unit_line", "where Osh, Batken and Sughd regions meet", "KG TJ", None),
    ("t42", "unit_line", "на административной границе Ошской и Джалал-Абадской областей", "KG UZ", None),
    ("t43", "unit_line", "مرز میان استان خراسان رضوی و ولایت هرات", "IR AF", None),
    ("t44", "unit_line", "مرز استان خراسان جنوبی و ولایت فراه", "IR AF", None),
    ("t45", "unit_line", "the border of Sistan and Baluchestan province and Nimroz province", "IR AF", None),
    ("t46", "unit_line", "مرز ولایت نیمروز و استان سیستان و بلوچستان", "IR AF", None),
    ("t47", "unit_line", "مرز ولایت هرات و استان خراسان رضوی", "IR AF", None),
    ("t48", "unit_line", "на границе Хатлонской области и Сурхандарьинской области", "TJ UZ", None),
    ("s70", "two_districts_one_word", "ولسوالی سپین بولدک و شورابک ولایت کندهار", "AF PK", None),
    ("s71", "two_districts_one_word", "ولسوالی دند پټان و جاجی ولایت پکتیا", "AF PK", None),
    ("s72", "two_districts_one_word", "Spin Boldak and Shorabak district of Kandahar", "AF PK", None),
    ("s73", "two_districts_one_word", "Dangam and Nari district of Kunar", "AF PK", None),
    ("s74", "two_districts_one_word", "Исфаринский и Канибадамский район Согдийской области", "TJ KG", None),
    ("s75", "two_districts_one_word", "Batken and Leilek district", "KG TJ", None),
    ("t50", "two_districts_one_word", "в Исфаринском и Канибадамском районах", "TJ KG", None),
    ("t51", "two_districts_one_word", "Баткенский и Лейлекский район", "KG TJ", None),
    ("t52", "two_districts_one_word", "Sariosiyo va Uzun tumani", "UZ TJ", None),
    ("t53", "two_districts_one_word", "ноҳияи Исфара ва Конибодом", "TJ KG", None),
    ("t54", "two_districts_one_word", "the Isfara and Konibodom district", "TJ KG", None),
    ("t55", "two_districts_one_word", "Шахританский и Зафарабадский район", "TJ UZ", None),
    ("t56", "two_districts_one_word", "Лейлекский и Баткенский районы", "KG TJ", None),
    ("t57", "two_districts_one_word", "Ишкашимский и Рошткалинский район ГБАО", "TJ AF", None),
    ("s120", "two_units", "Jalal-Abad and Osh regions", "KG UZ", None),
    ("s121", "two_units", "the Kurram and Orakzai border areas", "PK AF", None),
    ("s122", "two_units", "Kunar and Nangarhar provinces", "AF PK", None),
    ("s123", "two_units", "Баткенской и Ошской областях", "KG TJ", None),
    ("s124", "two_units", "ولایات کنر و ننگرهار", "AF PK", None),
    ("s125", "two_units", "the Khost and Paktika provinces", "AF PK", None),
    ("s126", "two_units", "Sughd and Khatlon regions", "TJ AF", None),
    ("s127", "two_units", "Hirmand and Zahak counties", "IR AF", None),
    ("s128", "two_units", "the Bajaur and Mohmand tribal districts", "PK AF", None),
    ("t01", "two_units", "奥什州和贾拉拉巴德州", "KG CN", None),
    ("t02", "two_units", "Andijon va Farg'ona viloyatlari", "UZ KG", None),
    ("t03", "two_units", "Баткен жана Ош облустарында", "KG TJ", None),
    ("t04", "two_units", "in Osh and Jalal-Abad provinces of Kyrgyzstan", "KG UZ", None),
    ("t05", "two_units", "ولایت\u200cهای کنر و ننگرهار", "AF PK", None),
    ("s80", "distance", "about 300 kilometers (190 miles) south of Kabul", "AF PK", None),
    ("s81", "distance", "some 80 km (50 miles) east of Khorog", "TJ AF", None),
    ("s82", "distance", "30 km north of Khorog", "TJ AF", None),
    ("s83", "distance", "100 kilometres (60 miles) north of Quetta", "PK AF", None),
    ("s84", "distance", "в 40 км к югу от Оша", "KG UZ", None),
    ("s85", "distance", "۵۰ کیلومتری شمال زاهدان", "IR PK", None),
    ("s86", "distance", "کوئٹہ سے 80 کلومیٹر دور", "PK AF", None),
    ("s87", "distance", "20 miles (32 km) west of Peshawar", "PK AF", None),
    ("s88", "distance", "45 kilometres from Torkham", "PK AF", None),
    ("t20", "distance", "距离喀什约200公里", "CN KG", None),
    ("t21", "distance", "в 15 км от Хорога", "TJ AF", None),
    ("t22", "distance", "15 km from Khorog", "TJ AF", (37.48974, 71.55304, 25)),
    ("t23", "distance", "some 40 km from Chaman", "AF PK", None),
    ("t24", "distance", "۲۰ کیلومتری زاهدان", "IR PK", None),
    ("t25", "distance", "about 10 miles from Torkham", "PK AF", None),
    ("t26", "distance", "60 kilometres south-east of Zahedan", "IR PK", None),
    ("t27", "distance", "в 30 километрах к северу от Хорога", "TJ AF", None),
    ("s90", "one_other", "one at Torkham and the other at Chaman", "PK AF", None),
    ("s91", "one_other", "one in Isfara, another in Batken", "KG TJ", None),
    ("s92", "one_other", "один в Исфаре, другой в Баткене", "KG TJ", None),
    ("s93", "one_other", "the first at Milak, the second at Dogharoun", "IR AF", None),
    ("s100", "old_name_district", "the Frunze district of Kyrgyzstan", "KG KZ", None),
    ("s101", "old_name_district", "Ленинабадский район", "TJ UZ", None),
    ("s102", "old_name_district", "the Leninobod district", "TJ UZ", None),
    ("s103", "old_name_district", "the Kurgan-Tyube district", "TJ AF", None),
    ("t60", "old_name_district", "Ленинабадского района", "TJ UZ", None),
    ("t61", "old_name_district", "Курган-Тюбинский район", "TJ AF", None),
    ("t62", "old_name_district", "Leninabad rayon", "TJ UZ", None),
    ("t63", "old_name_district", "the Kurgan-Tube district of Tajikistan", "TJ AF", None),
    # geo163: the old name of a province's seat or a capital, called a district (the rule that mended s100)
    ("u60", "old_name_district", "the Stalinabad district", "TJ AF", None),
    ("u61", "old_name_district", "the Poltoratsk district", "TM IR", None),
    ("u62", "old_name_district", "the Tashauz district", "TM UZ", None),
    # controls: a district seat's old name is often its district's still; a spelling of the town's own name
    ("u63", "old_name_district", "the Panfilov district", "KZ CN", (44.16619, 80.00736, 40)),
    ("u64", "old_name_district", "the Kulyab district", "TJ AF", (37.91459, 69.78454, 40)),
    ("s110", "detachment", "3-я застава Исфанинского пограничного отряда", "KG TJ", None),
    ("s111", "detachment", "the 3rd outpost of the Isfana border detachment", "KG TJ", None),
    ("s112", "detachment", "заставы «Жаны-Жер» Кызыл-Кийского погранотряда", "KG UZ", None),
    ("s113", "detachment", "the 7th outpost of the Kyzyl-Kiya border detachment", "KG UZ", None),
    ("t70", "detachment", "the 5th post of the Isfana detachment", "KG TJ", None),
    ("t71", "detachment", "outpost No. 3 of the Kyzyl-Kiya border unit", "KG UZ", None),
    ("t72", "detachment", "the Jany-Jer outpost of the Kyzyl-Kiya detachment", "KG UZ", None),
    ("u70", "detachment", "the 4th outpost of the Khorog border unit", "TJ AF", None),  # geo163, as t71
    ("s130", "range", "the Alay range", "KG TJ", None),
    ("s131", "range", "the Spin Ghar mountains", "AF PK", None),
    ("s132", "range", "the Pamir mountains", "TJ AF CN", None),
    ("s133", "range", "the Kopet Dag mountains", "TM IR", None),
    ("s134", "range", "the Turkestan range", "KG TJ", None),
    ("s135", "range", "Памирские горы", "TJ AF", None),
    ("t90", "range", "the Leilek mountains of Batken region", "KG TJ", (39.83895, 69.5276, 40)),
    ("t91", "range", "the Zhob mountains", "PK AF", (31.34082, 69.4493, 40)),
    ("t92", "range", "the mountains of Darvoz district", "TJ AF", (38.45373, 70.78902, 40)),
    ("t93", "range", "the Kurram mountains", "PK AF", (33.69167, 70.29167, 40)),
    ("t94", "range", "the Sary-Kamysh Leilek mountains", "KG TJ", (39.83895, 69.5276, 40)),
    ("t95", "range", "the Alay mountains", "KG TJ", None),
    (
        "s140",
        "stretch_in_unit",
        "along the Panj river in Shamsiddin Shohin district",
        "TJ AF",
        (37.84137, 70.04865, 40),
    ),
    ("s141", "stretch_in_unit", "along the Panj in the Darvoz district", "TJ AF", (38.45373, 70.78902, 40)),
    ("s142", "stretch_in_unit", "along the border in Zhob district", "PK AF", (31.34082, 69.4493, 40)),
    ("s143", "stretch_in_unit", "along the Durand Line in Kurram district", "PK AF", (33.69167, 70.29167, 40)),
    ("s144", "stretch_in_unit", "вдоль реки Пяндж в Дарвазском районе", "TJ AF", (38.45373, 70.78902, 40)),
    ("s145", "stretch_in_unit", "in the mountains near Isfara", "KG TJ", (40.12649, 70.62526, 35)),
    ("s146", "stretch_in_unit", "the Leilek mountains", "KG TJ", (39.83895, 69.5276, 40)),
]

#: The ids that fail today, and why (strict xfails: mend one, take it off).
KNOWN_GAPS = {
    "s54": "a valley named after a river or old region that a small town shares (Rasht): answered near the town; "
    "the town is its district's seat, and the set lets a district answer the valley bearing its name (the Swat "
    "valley): the gazetteer cannot tell a valley wider than the district (geo163)",
    "t31": "the Vakhsh valley: answered near the small town of Vakhsh (the valley guard reads cities only)",
    "t33": "the Rasht valley: answered near the town of Rasht (Gharm)",
    "t34": "the Rasht valley in Russian: answered near the town of Rasht (Gharm)",
    "s103": "Kurgan-Tyube (Bokhtar's old name) called a district: no province holds the old name, and Bokhtar is "
    "not Khatlon's point in the gazetteer (Kulob is; moving it cost two dev rights, geo163)",
    "t63": "Kurgan-Tube called a district: as s103, and Bokhtar is reached by sound",
    "s146": "one name before 'mountains' is not read (a range may bear a district's name: the Alai range)",
    "t90": "'the X mountains of Y region': the region after the ground word is not read",
    "t91": "one name before 'mountains' is not read (Zhob is a town and a district)",
    "t93": "one name before 'mountains' is not read",
}


def _params() -> list[Any]:
    return [
        pytest.param(text, countries, expected, id=f"{ident}-{shape}", marks=_gap(ident))
        for ident, shape, text, countries, expected in CASES
    ]


def _gap(ident: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_GAPS.get(ident)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(("text", "countries", "expected"), _params())
def test_a_string_of_the_shape_is_read_as_the_set_reads_it(
    resolver: Any, text: str, countries: str, expected: tuple[float, float, float] | None
) -> None:
    chosen = locate(text, resolver=resolver, named=frozenset(countries.split())).chosen
    if expected is None:
        assert chosen is None, f"{text!r} names no one point; answered {chosen.label if chosen else ''}"
        return
    assert chosen is not None, f"{text!r}: the unit should stand in"
    latitude, longitude, km = expected
    assert haversine_km(latitude, longitude, chosen.latitude, chosen.longitude) <= km, chosen.label


def test_the_known_gaps_are_cases() -> None:
    assert set(KNOWN_GAPS) <= {ident for ident, *_ in CASES}
