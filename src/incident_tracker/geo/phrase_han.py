"""Place phrases in Chinese, rewritten in the English form :func:`.phrase.parse_query` reads.

Chinese chains its units from the widest to the finest with no space or comma between them:
"吉巴特肯州巴特肯區" (Batken district of Batken province, Kyrgyzstan), "锡斯坦-俾路支斯坦省的萨拉万县"
(Saravan county of Sistan-Baluchestan province). :func:`read_han` reads such a chain through its
own table of names (one spelling a row, as the reports write them) and unit words, and turns it
into "Batken district, Batken province, Kyrgyzstan", finest unit first. A word it does not know (a
list joined by "和", an unknown place, a verb) or a digit (a dateline) leaves the text unread:
wrong is worse than empty. Moved out of :mod:`.phrase_cyrillic`, which calls it, when that module
reached its line limit. The table is joined by the border pack's own Chinese names, their unit word
taken off ("别迭里山口" is 别迭里 and a pass; "乌什县" is 乌什 and a county): a name the pack holds in
Chinese is read in a chain as it is alone, and in traditional characters too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .han_modifiers import HAN_SIDES, han_offset, modifiers_off
from .han_sides import han_sides_off
from .han_sites import sites_off
from .phrase_han_lead import read_lead


def _table(text: str) -> dict[str, str]:
    """A table written "key=value;key=value" (a spelling and the name it stands for, one per pair)."""
    return dict(pair.split("=", 1) for pair in text.split(";"))


#: Traditional characters of the names and words below, and their simplified forms.
_T2S = str.maketrans(
    dict(
        zip(
            "縣區爾蘇庫達魯紹諾烏於邊檢內萊亞裡薩紅蘭鄉鎮與個關茲飛莊東託別號處開國頓橋門車澤葉賈馬盧圖來遠綠隊營軍駐",
            "县区尔苏库达鲁绍诺乌于边检内莱亚里萨红兰乡镇与个关兹飞庄东托别号处开国顿桥门车泽叶贾马卢图来远绿队营军驻",
            strict=True,
        )
    )
)
#: Place names in Chinese (simplified), as the gazetteer names them.
_HAN_NAMES = _table(
    "伊尔克什坦=Irkeshtam;吐尔尕特=Torugart;卡拉苏=Kulma Pass;红其拉甫=Khunjerab;"
    "塔什库尔干塔吉克自治县=Taxkorgan County;"
    "塔什库尔干=Taxkorgan;乌恰县城=Wuqia;乌恰县=Ulugqat County;乌恰=Wuqia;巴特肯=Batken;伊斯法拉=Isfara;沃鲁赫=Vorukh;"
    "莱莱克=Leilek;索格德=Sughd;索格特=Sughd;哈特隆=Khatlon;戈尔诺—巴达赫尚=Gorno-Badakhshan;戈尔诺-巴达赫尚=Gorno-Badakhshan;"
    "戈尔诺·巴达赫尚=Gorno-Badakhshan;达尔沃兹=Darvoz;沙姆西丁·绍欣=Shamsiddin Shohin;沙姆西丁．绍欣=Shamsiddin Shohin;"
    "沙姆西丁·肖欣=Shamsiddin Shohin;绍欣=Shamsiddin Shohin;霍罗格=Khorog;穆尔加布=Murghob;索赫=Sokh;新疆=Xinjiang;"
    "托尔卡姆=Torkham;托克哈姆=Torkham;"
    "锡斯坦-俾路支斯坦=Sistan and Baluchestan;锡斯坦—俾路支斯坦=Sistan and Baluchestan;"
    "萨拉万=Saravan;俾路支=Balochistan;柯奇=Kech;"
    # the Wakhan corridor (瓦罕走廊, the corridor and the district that holds it; Chinese encyclopedias
    # give "瓦罕走廊, 英文名 Wakhan Corridor")
    "瓦罕走廊=Wakhan Corridor;瓦罕=Wakhan;"
    # Afghanistan's Badakhshan province (zh.wikipedia.org/zh-my/潘傑希爾省: "巴达赫尚省" among the Afghan
    # provinces bordering Panjshir); "戈尔诺-巴达赫尚" (Tajikistan's region) is longer and read first
    "巴达赫尚=Badakhshan;"
    # Kulob: Xinhua, 28 Sep 2025 (a road report copied at 2008online.cn/a/202509/28/WS68d93215a310f0725774b458.html:
    # the road from Dushanbe through the Dangara valley "經庫洛布" over the Hazrati Shoh range to the Panj);
    # the simplified form in a Chinese encyclopedia page on Khatlon (m.xsw88.com/bkzh/20231012894154.html, "库洛布市")
    "库洛布=Kulob;"
    # Hairatan: zh.wikipedia "海拉頓" (read at zhwiki.oracleblog.org/zh/海拉頓: "或譯作海拉坦", the border town of
    # Balkh on the Amu Darya facing Termez); "海拉通大桥", the Uzbek–Afghan bridge, in a People's Daily photo
    # caption (vip.people.com.cn/albumsDetail?aid=660060: the only passage between Uzbekistan and Afghanistan)
    "海拉顿=Hairatan;海拉坦=Hairatan;海拉通=Hairatan;"
    # Ishkashim: a Chinese page on the Wakhan corridor (silkroads.org.cn/portal.php?mod=view&aid=597, 7 Mar
    # 2012: the corridor runs "西起阿富汗巴达赫尚省的伊什卡希姆", from Ishkashim of Afghan Badakhshan)
    "伊什卡希姆=Ishkashim;"
    # 塔县, the short name of Taxkorgan county (an encyclopedia copy, 363616.com/article/298200.html: "塔什库尔干塔吉克
    # 自治县(简称塔县)"; ttnews.xyz/a/5e7745fedc9b5e48c5f71a23 writes "塔什庫爾干塔吉克自治縣(塔縣)"); its 县城 is
    # the county seat, the town Taxkorgan, as 乌恰县城 is Wuqia
    "塔县县城=Taxkorgan;塔县=Taxkorgan County;"
    # Tacheng and Osh: GeoNames' alternate names (geonames.org/1529167, Tacheng, Xinjiang: "塔城", "塔城市";
    # geonames.org/1527534, Osh, Kyrgyzstan: "奧什", whose simplified form is 奥什); Osh region is 奥什州 as
    # Batken's is 巴特肯州
    "塔城=Tacheng;奥什=Osh;奧什=Osh;"
    # Yarkand (Shache) and its town Elixku, which GeoNames holds under Latin names (Shache with no Chinese name,
    # Elixku as 艾里西湖): Wikipedia's "Yarkant County" (en.m.wikipedia.org/wiki/Shache: simplified 莎车,
    # traditional 莎車), and the county's towns in a Chinese place-name dictionary (ctoth.com/dictionary/3062553.html:
    # "7镇(莎车、恰热克、艾力西湖、…)") and a county page (gogaja.com/xinjiang/kashen/26118.shtml: "艾力西湖鎮")
    "莎车=Shache;艾力西湖=Elixku;"
    # Kashgar and Hotan: GeoNames' alternate names (CC BY 4.0) of 1280849 (Kashgar: "喀什", "喀什市") and 1281019
    # (Hotan, whose GeoNames name is Gujangbagh: "和田", "和田市")
    "喀什市=Kashgar;喀什=Kashgar;和田市=Gujangbagh;和田=Gujangbagh;"
    # Hotan's Karakax county and a township of it, Yarkand's Kaqun (seventy-second batch, geo144): Wikipedia's
    # "Karakax County" (read in a copy, hmong.ru/wiki/Karakax_County: "Karakax County (Chinese: 墨玉县),
    # alternatively Moyu County, also transliterated from Uyghur as Qaraqash", its seat Karakax town, GeoNames'
    # Qaraqash 1280541); the county's townships in a Chinese gazetteer (iichatc.com/dm_2557: "芒来乡" among them)
    # and a Japanese encyclopedia (pedia.3rd-in.co.jp/wiki/墨玉県: "マンライ郷(芒来郷)"), GeoNames' Manglai 12450866 in
    # the county; Yarkand county's townships (ctoth.com/dictionary/3062553.html, "22乡(…喀群…)"), 喀群 being Kaqun in
    # pinyin, GeoNames' Kaqun 1280873 in the county
    "墨玉=Qaraqash;芒来=Manglai;喀群=Kaqun;"
    # Bachu and its town Serikbuya, which GeoNames holds under Latin names only (Bachu 13457413; Serikbuya 1280050,
    # Selibuya among its names): a Chinese place-name dictionary (m.guoxuedashi.com/diming/75228hkmp/: "巴楚镇", the
    # county's seat, "又名玛热勒巴什", also Maralbeshi) and a Chinese encyclopedia page on the town
    # (tc.wangchao.net.cn/baike/detail_1461917.html: "色力布亚镇位于喀什地区巴楚县", 84 km south-west of the seat)
    "巴楚=Bachu;色力布亚=Serikbuya"
)
#: The prefectures (地区) of Xinjiang, by their seats' names in the table, and the prefecture's English name: the
#: table of Xinjiang's subdivisions (Wikipedia's "Xinjiang", Subdivisions: 阿勒泰地区 Altay, 塔城地区 Tacheng
#: (Tarbagatay), 喀什地区 Kashgar, 阿克苏地区 Aksu, 和田地区 Hotan; read at liquisearch.com/xinjiang/subdivisions).
#: A prefecture is no town: Kashgar's holds 140,000 km² and eleven counties, its seat in one corner.
_HAN_PREFECTURES = _table("Kashgar=Kashgar Prefecture;Gujangbagh=Hotan Prefecture;Tacheng=Tacheng Prefecture")
#: The autonomous prefectures (自治州) of Xinjiang read whole, each with its English name. The reader drops one
#: before a finer unit ("克孜勒苏柯尔克孜自治州乌恰县" is Ulugqat County); alone, it is read as the Latin "X
#: Autonomous Prefecture" is, as a prefecture (地区) of :data:`_HAN_PREFECTURES` is (geo135 for Kizilsu; the
#: others issue 13). Wikipedia's "Xinjiang", Subdivisions (as for :data:`_HAN_PREFECTURES`), and a Chinese
#: list of the region's prefectures and autonomous prefectures (ttnews.xyz/a/5eaf8692dc9b5e33bf1f4d17:
#: "伊犁哈薩克自治州", "昌吉回族自治州", "巴音郭楞蒙古自治州"); "伊犁州", Ili's short name, in a Chinese
#: page on its counties (txiafs.com: "伊犁州八县三市"). Bortala's (博尔塔拉蒙古自治州) is a pack row. Not Aksu's
#: and Altay's prefectures (阿克苏地区, 阿勒泰地区): "新疆阿克苏地区" would let Xinjiang stand in, 800 km from
#: Aksu, for a string the set labels the prefecture or nothing (g5803, the prefecture as a body).
_HAN_AUTONOMOUS = _table(
    "克孜勒苏柯尔克孜自治州=Kizilsu Kyrgyz Autonomous Prefecture;伊犁哈萨克自治州=Ili Kazakh Autonomous Prefecture;"
    "伊犁州=Ili Kazakh Autonomous Prefecture;昌吉回族自治州=Changji Hui Autonomous Prefecture;"
    "巴音郭楞蒙古自治州=Bayingolin Mongol Autonomous Prefecture"
)
#: Unit words after a name, and the English word; "" for a word that only says "area" (near).
_HAN_UNITS = _table(
    "自治县=county;自治州=province;县城=;县=county;郡=county;区=district;州=province;省=province;市=city;村庄=village;村=village;口岸=port;山口=pass;达坂=pass;达阪=pass;隘口=pass;"
    "出入境边防检查站=port;地区=;大桥=bridge;桥=bridge;"
    # "宽谷X", "X河谷" (the broad valley, the river valley X): the valley the place names, read as its area
    "宽谷=;河谷=;山谷=;"
    # "喀布尔商业区" (Kabul's commercial district): a quarter of the city, read as its area (geo154)
    "商业区=;"
    # "塔什库尔干乡" (the township of Taxkorgan): a unit below the county
    "乡=township;镇=town"
)
_HAN_COUNTRIES = _table(
    "塔吉克斯坦=Tajikistan;吉尔吉斯斯坦=Kyrgyzstan;乌兹别克斯坦=Uzbekistan;阿富汗=Afghanistan;中国=China;塔吉克=Tajikistan;"
    "吉尔吉斯=Kyrgyzstan"
)
#: Words that say where or what, around a name: "的" (of), "境内" (inside), "飞地" (enclave),
#: "中吉" (China-Kyrgyz), "南部" (southern), "边防哨所" (a border post), "位于" (located in); and the
#: border troops' units and posts named after the place they guard, which stand at it: "边防连" (the
#: border company), "边防营"/"边防团" (battalion, regiment), "边防站" (station), "哨卡" (sentry post),
#: "国门" (the national gate), "前哨班" (the forward squad): "红其拉甫边防营哨卡" is at Khunjerab.
_HAN_FILLER = (
    *("边防连", "边防营", "边防团", "边防站", "前哨班", "前哨", "哨卡", "国门"),
    *_HAN_AUTONOMOUS,
    "位于",
    "境内",
    "飞地",
    "中吉",
    "中哈",  # China-Kazakh, as "中吉" (geo170: "中哈边境的霍尔果斯" was read as no place)
    "中塔",
    "中阿",
    "中巴",
    "南部的",
    "北部的",
    "边防哨所",
    "边境",
    "的",
    "我国",  # "我国新疆…" (our country's Xinjiang …): the writer's country, a lead the names after it place
)
#: "与中国新疆接壤的X" (X, which borders China's Xinjiang): the land it borders is not where X is.
_HAN_BORDERING = re.compile(r"^与[^的]{1,12}接壤的(?=.)")
#: "海拔4400余米的X" (X, at over 4,400 m above the sea): a height says what X is like, not where; the
#: digits go with it, so the reader, which takes no numbered place, reads the name after it.
_HAN_ALTITUDE = re.compile(r"^海拔(?:约|近|超过)?\d[\d,，.]*(?:余|多)?(?:米|公尺)(?:以上)?的(?=.)")
#: "历史上声名显赫的X" (the historically famous X), "著名的X", "狭长的X" (the narrow X): a word of praise or
#: shape before "的" says what X is like, not where; only these words, so an unknown owner stays unread.
_HAN_DESCRIPTOR = re.compile(
    r"^(?:历史上|自古以来|自古)?(?:声名显赫|赫赫有名|举世闻名|闻名遐迩|闻名于世|著名|有名|知名|狭长|险要|偏远|古老|神秘)的(?=.)"
)
#: "喷赤河大拐弯处的X" (X, at the great bend of the Panj), "阿姆河南岸的X" (X, on the Amu Darya's south
#: bank): a river's bend or bank before "的" says where along it X lies, not what holds X.
_HAN_RIVER_SIDE = re.compile(r"^[^的]{1,6}?[河江](?:大?拐[弯彎]|畔|岸[边邊]|沿岸|[南北东西]岸)处?的(?=.)")
#: "A和B边境的X" (X on the border of A and B): the two countries of the line, any of the region's, either way round.
_HAN_BORDER_COUNTRY = (
    r"(?:塔吉克(?:斯坦)?|吉尔吉斯(?:斯坦)?|乌兹别克(?:斯坦)?|土库曼(?:斯坦)?|哈萨克(?:斯坦)?|巴基斯坦|阿富汗|伊朗|中国)"
)
#: also "A、B的边境" (the enumeration comma, then "of"): "中国、哈萨克斯坦的边境口岸X", the port X on their border.
_HAN_BORDER_OF = re.compile(rf"^{_HAN_BORDER_COUNTRY}(?:和|与|、){_HAN_BORDER_COUNTRY}的?边境")
#: "卡拉苏-阔勒买口岸" (the Karasu–Kulma port): two names joined by a hyphen, as the Latin "X–Y" joins them,
#: with the unit word after the second; each side must be a name of the table.
_HAN_DASH = re.compile(r"[-‐‑–—－]")  # a name of the table may hold one ("戈尔诺—巴达赫尚"): read whole
_HAN_PAIR = re.compile(
    r"(?P<a>[\u4e00-\u9fff]{2,12})[-‐‑–—－](?P<b>[\u4e00-\u9fff]{2,12}?)(?P<unit>口岸|山口|达坂|达阪)?"
)
_HAN_WEST_OF = re.compile(r"以(?P<side>[东西南北])(?P<km>\d+)公里$")
#: "距乌恰县城仅4公里" (only 4 km from the county seat): a short distance from a place, read as "4 km from" it;
#: a longer one (more than :data:`_HAN_NEAR_KM`) says where the place is not, and is left to no reading.
_HAN_FROM = re.compile(r"^距(?:离)?(?P<name>[\u4e00-\u9fff]{2,12}?)(?:仅|约|只有|不到)?(?P<km>\d{1,3})公里(?:处)?$")
_HAN_NEAR_KM = 25
_HAN_GLOSS = re.compile(r"[(（][A-Za-z' -]*[)）]")  # "伊斯法拉市(Isfara)": the name again in Latin letters
_HAN_PUNCT = re.compile(r"[\s「」『』《》“”]+")
_HAN_LATIN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
_HAN_MARKER = re.compile(r"(?<=山口|口岸)\d{1,3}号(?:界碑|界桩)处?$")
#: "2号界碑所在的X" (X, where boundary marker No. 2 stands): the clause says what stands at X, not where X
#: is; taken off with its digits (the reader takes no numbered place) so the name after it is read.
_HAN_MARKER_CLAUSE = re.compile(r"\d{1,3}号(?:界碑|界桩)所在(?:地|处)?的(?=.)")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: "艾力西湖镇政府和派出所" (the township government and the police station of Elixku): offices named by the
#: unit they serve, after its unit word, stand in it; taken off, one or more (joined by 和/及/、 or not), so
#: the unit is read. Only after a unit word: "政府" alone after a bare name may be a country's government.
_HAN_OFFICES = re.compile(
    r"(?<=[镇乡县市村区])(?:(?:人民政府|政府|边防派出所|派出所|公安分局|公安局)[和及、]?)+(?<![和及、])$"
)

#: A county's or city's police bureau before the township whose station it runs ("皮山县公安局科克铁热克乡派出所",
#: the Kokterek township station of the Pishan county police bureau): the bureau names no place of its own.
_HAN_MID_OFFICE = re.compile(r"(?<=[县市])(?:公安局|公安分局)(?=[\u4e00-\u9fff]+[镇乡村]$)")

#: "X县通往Y乡的公路上" (on the road from X county leading to its Y township): a road between a county and a township
#: after it lies in the county; read as the county "X县" alone (seventy-second batch, geo144): the township at the
#: road's end is not where on the road the place is, now that a township named alone answers near its seat (geo146).
#: Not a road to a county or a city: it may leave it.
_HAN_ROAD_TO_TOWNSHIP = re.compile(r"(?<=县)通往(?P<to>[\u4e00-\u9fff]+?[乡镇])的(?:公路|道路|路)上?$")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """The table of names, the region's sourced names (:mod:`.han_region`) and the pack's names in Han
    characters (:mod:`.han_pack`: each without its unit word, or whole when the unit word is part of the name)."""
    from .han_pack import pack_han_names  # imported here: the pack reads its file once, on first use
    from .han_region import REGION_HAN_NAMES

    names = {**REGION_HAN_NAMES, **_HAN_NAMES}
    for name, place in pack_han_names(_HAN_UNITS).items():
        names.setdefault(name, place)
    for name, place in list(names.items()):
        for joined in _joined_forms(name):
            names.setdefault(joined, place)
    return names


@lru_cache(maxsize=1)
def _owners() -> frozenset[str]:
    """The region's capitals and provinces (:mod:`.han_region`): one written bare before "的" is the owner of what
    follows (a government's corridor, a province's troops), not the unit it lies in; the text is left unread."""
    from .han_region import REGION_HAN_NAMES

    return frozenset(REGION_HAN_NAMES)


#: The marks that join the two halves of a transcribed name ("锡斯坦-俾路支斯坦", "沙姆西丁·绍欣").
_NAME_JOINER = re.compile(r"[-—–·．]")


def _joined_forms(name: str) -> list[str]:
    """A two-part name as Chinese reports also write it: run together ("锡斯坦俾路支斯坦") and, for a name of two
    lands, with "和" (and: "锡斯坦和俾路支斯坦", as "Sistan and Baluchestan"); none for a name with no joiner."""
    halves = _NAME_JOINER.split(name)
    if len(halves) != 2 or not all(halves):
        return []
    return ["".join(halves), "和".join(halves)]


def read_han(text: str) -> str | None:
    """ "吉巴特肯州巴特肯區" → "Batken district, Batken province, Kyrgyzstan"; None for any unknown word."""
    table = _names()
    rest = _HAN_PUNCT.sub("", _HAN_GLOSS.sub("", text)).translate(_T2S)
    rest, subject = read_lead(rest, read_han)  # "增开X口岸", "X位于…": see .phrase_han_lead
    if subject:
        return subject
    offset = ""
    if match := _HAN_WEST_OF.search(rest):  # "县城以西3公里": 3 km west of the county seat
        offset, rest = f"{match.group('km')} km {HAN_SIDES[match.group('side')]} of ", rest[: match.start()]
    elif (match := _HAN_FROM.match(rest)) and int(match.group("km")) <= _HAN_NEAR_KM:
        offset, rest = f"{match.group('km')} km from ", match.group("name")  # "距乌恰县城仅4公里": 4 km from it
    elif found := han_offset(rest):  # "塔城西南八公里处": 8 km south-west of Tacheng (geo/han_modifiers.py)
        offset, rest = found
    rest = _HAN_ALTITUDE.sub(
        "", _HAN_MARKER.sub("", _HAN_MARKER_CLAUSE.sub("", rest))
    )  # "山口3号界碑处": at boundary marker No. 3 of the pass, which stands at it
    rest = _HAN_MID_OFFICE.sub("", _HAN_OFFICES.sub("", rest))  # "县公安局X乡": the county bureau's X station
    if road := _HAN_ROAD_TO_TOWNSHIP.search(rest):  # "X县通往Y乡的公路上": on the road to its township, in X county
        rest = rest[: road.start()]
    if re.search(r"\d", rest):
        return None
    rest = _HAN_DESCRIPTOR.sub("", _HAN_BORDERING.sub("", _HAN_RIVER_SIDE.sub("", rest.removeprefix("位于"))))
    rest = modifiers_off(rest, _HAN_COUNTRIES)  # "略显简朴的X", "县城X镇", "阿富汗东北部X省": geo/han_modifiers.py
    rest = sites_off(rest)  # "绿洲城市和田", "喀什市美食街路口", "X村边防部队基地": geo/han_sites.py
    rest = han_sides_off(rest)  # "伊朗东部扎黑丹", "乌恰县北部边境": geo/han_sides.py
    if match := _HAN_BORDER_OF.match(rest):
        rest = rest[match.end() :]
    if (
        (pair := _HAN_PAIR.fullmatch(rest))
        and rest not in table
        and not any(n in rest for n in table if _HAN_DASH.search(n))
    ):
        return _pair(pair, table)
    units: list[list[str]] = []
    countries: list[str] = []
    prefix = {"吉": "Kyrgyzstan", "塔": "Tajikistan"}
    pending, filled = "", False
    while rest:
        filler = next((word for word in _HAN_FILLER if rest.startswith(word)), None)
        if filler in _HAN_AUTONOMOUS and rest == filler and not pending:
            # the autonomous prefecture alone, no finer unit after it: read as the Latin "X Autonomous Prefecture"
            # is, as "塔城地区" is read "Tacheng Prefecture" (only a unit of that name answers, never its seat)
            units.append([_HAN_AUTONOMOUS[filler], ""])
            break
        if filler:
            rest, filled = rest[len(filler) :], True
            continue
        name = max((n for n in table if rest.startswith(n)), key=len, default=None)
        unit = max((u for u in _HAN_UNITS if rest.startswith(u)), key=len, default=None)
        country = max((c for c in _HAN_COUNTRIES if rest.startswith(c)), key=len, default=None)
        latin = _HAN_LATIN.match(rest)
        if name in _owners() and rest[len(name) :].startswith("的"):
            return None  # "喀布尔的瓦罕走廊": Kabul's (its government's) Wakhan corridor, not a place within Kabul
        if name or latin:  # "村庄Ak-Saj": a name the text gives in Latin letters, after its unit word
            units.append([table[name] if name else rest[: latin.end()] if latin else "", pending])
            rest, pending = rest[len(name) if name else latin.end() if latin else 0 :], ""
        elif unit and units and not units[-1][1]:
            units[-1][1] = "prefecture" if unit == "地区" else _HAN_UNITS[unit] or "area"
            rest = rest[len(unit) :]
        elif unit and units and units[-1][1] == (_HAN_UNITS[unit] or "area") and not pending:
            rest = rest[len(unit) :]  # "明铁盖达坂隘口": a second word of the same kind (pass, pass) adds nothing
        elif unit and units and not _HAN_UNITS[unit] and not pending and rest == unit:
            rest = ""  # "巴特肯州边境地区": the area word after a whole unit ends the chain, the unit's own area
        elif unit and not pending:
            pending = _HAN_UNITS[unit] or "area"
            rest = rest[len(unit) :]
        elif country:
            countries.append(_HAN_COUNTRIES[country])
            rest = rest[len(country) :]
        elif rest[0] in prefix and not units:  # "吉巴特肯州": Kyrgyzstan's Batken province
            countries.append(prefix[rest[0]])
            rest = rest[1:]
        elif not filled and (finest := _unknown_finest(rest, units, pending)) is not None:
            held = [unit for unit in units if unit[1] != "prefecture"]  # a prefecture bounds no county (below)
            return ", ".join([*([finest] if finest else []), *_chain(held), *countries[:1]])
        else:
            return None  # a word this reader does not know: a list ("和"), an unknown place, a verb
    if not units or pending:
        return None
    # "喀什地区莎车县" (Shache county of the Kashgar prefecture): a prefecture bears its seat's name, and read as a
    # context that town would bound the county to its own surroundings (Yarkand lies 170 km from Kashgar); a
    # prefecture before a finer unit is dropped, the province after it still bounds the answer
    units = [unit for unit in units[:-1] if unit[1] != "prefecture"] + units[-1:]
    if units[-1][1] == "prefecture":
        # a prefecture alone ("塔城地区") is read as the Latin "Tacheng Prefecture" is: the prefecture, which only a
        # unit of that name answers (its seat is no point for it); "地区" after another name is its area
        prefecture = _HAN_PREFECTURES.get(units[-1][0])
        units[-1] = [prefecture, ""] if prefecture else [units[-1][0], "area"]
    if units[-1][1] in ("port", "pass"):  # a crossing's name is its own: no county or province around it
        return f"{units[-1][0]} {units[-1][1]}".replace("Pass pass", "Pass").replace("Pass port", "Pass")
    if offset:
        return offset + units[-1][0]
    return ", ".join([*_chain(units), *countries[:1]])


def _chain(units: list[list[str]]) -> list[str]:
    """The units read, finest first, each with its English unit word ("Taxkorgan County")."""
    return [f"{name} {unit}".replace("County county", "County").strip() for name, unit in reversed(units)]


#: Characters no place name of a chain's tail holds: "和"/"与"/"及" (and: a list), "的" (of), "在" (at),
#: "以" (of a side), "外"/"内" (outside, inside), "附近" (near), "发生" (happened), "边境" (border), "某"
#: (a certain: "某某村", a village the text does not name, as "a village of X county" names none).
_HAN_NOT_NAME = re.compile(r"[和与及或的在以外内附近发生冲突边境是为被将向从某]")
#: The units a named part lies in: not a city ("伊斯法拉市市长办公室", the mayor's office of Isfara
#: city, names a building), nor a port or pass.
_HAN_HOLDERS = frozenset({"county", "district", "township", "province"})
_HAN_TAIL_UNIT = re.compile(r"(?P<unit>村庄|村|乡)$")
_HAN_TAIL_WORD = {"村庄": "village", "村": "village", "乡": "township"}
#: "X乡境内" (within X township), "X乡北部边境" (X township's northern border): a part of an unknown township; the
#: county before it stands in, not the township's seat, which its border may lie far from (batch 77, geo153).
_HAN_TOWNSHIP_PART = re.compile(r"乡(?:境内|[东西南北]{1,2}部边境)$")


def _unknown_finest(rest: str, units: list[list[str]], pending: str) -> str | None:
    """ "塔什库尔干县塔什库尔干乡克克吐鲁克": after a whole chain of known units, the rest of the text, a name
    the table does not know, is the finest part ("克克吐鲁克, Taxkorgan township, Taxkorgan County"), which
    the English reader looks up and, failing that, lets the finest known unit stand in for. Only Han letters,
    two to eight of them, at the text's end, none of a word that is no name's (a list, a verb, "near"),
    in a chain with no filler word ("…的中心医院", the central hospital of …, is a building)."""
    if not units or pending or not (units[-1][1] in _HAN_HOLDERS or units[-1][0].endswith(" County")):
        return None  # a holder: a unit word read ("皮山县": 皮山, county) or a county named whole ("乌恰县")
    if (part := _HAN_TOWNSHIP_PART.search(rest)) is not None and _unknown_finest(
        rest[: part.start() + 1], units, ""
    ) is not None:
        return ""  # "乌恰县托云乡北部边境": the county alone (the caller joins the units)
    tail = _HAN_TAIL_UNIT.search(rest)
    name = rest[: tail.start()] if tail else rest
    if not (2 <= len(name) <= 8) or not _HAN_ONLY.fullmatch(name) or _HAN_NOT_NAME.search(name):
        return None
    if any(u in name for u in _HAN_UNITS) or any(c in name for c in _HAN_COUNTRIES):
        return None
    return f"{name} {_HAN_TAIL_WORD[tail.group('unit')]}" if tail else name


def _pair(pair: re.Match[str], table: dict[str, str]) -> str | None:
    """Both sides one place ("卡拉苏-阔勒买口岸": the Chinese and the Tajik name of one crossing): that place;
    two places: "X–Y", which the Latin reader reads as a pair; a side the table does not know: None."""
    first, second = table.get(pair.group("a")), table.get(pair.group("b"))
    if first is None or second is None:
        return None
    if first == second:
        return read_han(pair.group("b") + (pair.group("unit") or ""))
    return f"{first}–{second}"


def han_table_place(name: str) -> str | None:
    """The place the table holds ``name`` (simplified or traditional, as a whole) for, or None."""
    return _names().get(name.translate(_T2S))


__all__ = ["han_table_place", "read_han"]
