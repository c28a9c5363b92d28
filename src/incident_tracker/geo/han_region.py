"""Chinese names of Afghan, Pakistani and Iranian provinces, capitals and crossings near the region's borders.

The Chinese reader (:mod:`.phrase_han`) knows a name only through its table, which held the names of
Xinjiang, the Pamirs, the Ferghana valley and a few crossings: "喀布尔" (Kabul) and "帕克蒂卡省"
(Paktika province) were left unread in every tier. A first table of this kind (geo137) was taken out
when the held-out wrong count rose by one; this one keeps the guards that table lacked:

- only a spelling a source gives, one spelling a row with its source: the title of the Chinese
  Wikipedia article on the province (and the capital its infobox names), or a Chinese table of the
  provinces that gives each Latin name beside the Chinese one, or a wire report that does;
- no name that is part of a Xinjiang place's Chinese name (the reader matches the longest known name at
  the head of the text, so a foreign name inside a Xinjiang one would cut that name short);
  ``tests/test_geo_han_region.py`` checks every row against GeoNames' Chinese names of Xinjiang;
- a province's name stands for the province, never for its capital: the value is the province's own
  English name, which the English reader answers with the province (its capital standing in only at
  ``admin1``, as for "Paktia"); a capital is its own row.

Simplified characters; the reader folds the traditional ones it knows (:data:`.phrase_han._T2S`).
"""

from __future__ import annotations

__all__ = ["REGION_HAN_NAMES"]

#: (Chinese name, the English name the gazetteer answers to, where the Chinese name was read).
_SOURCED: tuple[tuple[str, str, str], ...] = (
    # zh.wikipedia "喀布尔" (read at zhwiki.oracleblog.org/zh-my/喀布尔): Afghanistan's capital, 喀布尔省's seat
    ("喀布尔", "Kabul", "zh.wikipedia 喀布尔"),
    # zh.wikipedia "坎大哈省" (zh.wikipedia.org/zh-hans/坎大哈省): the province, its seat 坎大哈
    ("坎大哈", "Kandahar", "zh.wikipedia 坎大哈省"),
    # zh.wikipedia "霍斯特省" (read at wikicn.playgoteam.workers.dev/wiki/霍斯特省): the province, its seat 霍斯特
    ("霍斯特", "Khost", "zh.wikipedia 霍斯特省"),
    # zh.wikipedia "巴尔赫省" (zh.wikipedia.org/wiki/巴尔赫省): its seat 马扎里沙里夫; not the province's own name,
    # 巴尔赫, which the English reader would answer with Balkh town, 20 km from the seat
    ("马扎里沙里夫", "Mazar-e Sharif", "zh.wikipedia 巴尔赫省"),
    # a Chinese table of Afghanistan's provinces with their Latin names and seats (ym97.com/glo/as/1196532.shtml:
    # 加兹尼 Ghazni, 帕克蒂亚 Paktia and its seat 加德兹 Gardiz, 帕克蒂卡 Paktika, 楠格哈尔 Nangarhar and its seat
    # 贾拉拉巴德 Jalalabad)
    ("加兹尼", "Ghazni", "ym97.com/glo/as/1196532.shtml"),
    ("帕克蒂亚", "Paktia", "ym97.com/glo/as/1196532.shtml"),
    ("加德兹", "Gardez", "ym97.com/glo/as/1196532.shtml"),
    ("帕克蒂卡", "Paktika", "ym97.com/glo/as/1196532.shtml"),
    ("楠格哈尔", "Nangarhar", "ym97.com/glo/as/1196532.shtml"),
    ("贾拉拉巴德", "Jalalabad", "ym97.com/glo/as/1196532.shtml"),
    # a Chinese encyclopedia entry on Takhar (newton.com.tw/wiki/塔哈爾/5776460: 塔哈爾省 (Takhar), its seat
    # 塔盧坎 (Taloqan)), in simplified characters
    ("塔哈尔", "Takhar", "newton.com.tw/wiki/塔哈爾/5776460"),
    ("塔卢坎", "Taloqan", "newton.com.tw/wiki/塔哈爾/5776460"),
    # zh.wikipedia "开伯尔-普什图省" (zh.wikipedia.org/zh-tw/开伯尔-普什图省): the province, its seat 白沙瓦
    ("开伯尔-普什图", "Khyber Pakhtunkhwa", "zh.wikipedia 开伯尔-普什图省"),
    ("白沙瓦", "Peshawar", "zh.wikipedia 开伯尔-普什图省"),
    # Liberty Times via Yahoo Taiwan, 1 Feb 2026: Balochistan's capital "奎達（Quetta）"
    ("奎达", "Quetta", "tw.news.yahoo.com, 1 Feb 2026"),
    # Sistan and Baluchestan's counties with their Chinese names (求真百科's article "锡斯坦-俾路支斯坦省",
    # pediainside.com: 扎黑丹郡 Zahedan, 恰巴哈尔郡 Chabahar, 伊朗沙哈尔郡 Iranshahr, 尼克沙赫尔郡 Nikshahr; the
    # province's seat 扎黑丹); Mashhad as a Chinese encyclopedia's article on Zahedan writes it
    # (newton.com.tw/wiki/扎黑丹: the road "北通馬什哈德"). Not 扎布尔郡 (Zabol): 扎布尔 is also Afghanistan's Zabul
    ("扎黑丹", "Zahedan", "pediainside.com 锡斯坦-俾路支斯坦省"),
    ("恰巴哈尔", "Chabahar", "pediainside.com 锡斯坦-俾路支斯坦省"),
    ("伊朗沙哈尔", "Iranshahr", "pediainside.com 锡斯坦-俾路支斯坦省"),
    ("尼克沙赫尔", "Nikshahr", "pediainside.com 锡斯坦-俾路支斯坦省"),
    ("马什哈德", "Mashhad", "newton.com.tw/wiki/扎黑丹"),
    # ETtoday (Reuters), 12 Oct 2025: the two main crossings "托爾哈姆（Torkham）和查曼（Chaman）"; not 查曼, which
    # the transcription reader (:mod:`.hanzi_names`) already reads as the pack's Chaman crossing, where the table's
    # "Chaman" would answer the town beside it
    ("托尔哈姆", "Torkham", "ettoday.net/news/20251012/3049014.htm"),
)

#: Chinese name → the English name the gazetteer answers to.
REGION_HAN_NAMES: dict[str, str] = {han: name for han, name, _source in _SOURCED}
