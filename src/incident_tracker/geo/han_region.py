"""Chinese names of Afghan, Pakistani, Iranian and Central Asian provinces, capitals and crossings near the borders.

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
    # geo143: the capitals of the Central Asian provinces and a crossing's town, each as a Chinese table or article
    # writes it. zh.wikipedia "乌兹别克斯坦行政区划" (read at wikiwand.com/zh-sg/articles/乌兹别克斯坦行政区划): the
    # regions' seats. Not 古利斯坦 (Guliston, Sirdaryo's seat): "Gulistan" is also a district of Farah and a town of
    # Balochistan, and the English reader's answer would not be the seat
    ("塔什干", "Tashkent", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("安集延", "Andijan", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("布哈拉", "Bukhara", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("费尔干纳", "Fergana", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("吉扎克", "Jizzakh", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("纳曼干", "Namangan", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("纳沃伊", "Navoiy", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("卡尔希", "Qarshi", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("撒马尔罕", "Samarkand", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("铁尔梅兹", "Termez", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("乌尔根奇", "Urgench", "zh.wikipedia 乌兹别克斯坦行政区划"),
    ("努库斯", "Nukus", "zh.wikipedia 乌兹别克斯坦行政区划"),
    # a Chinese table of Kyrgyzstan's regions with their seats (ym97.com/glo/as/1196528.shtml). Not 卡拉科尔
    # (Karakol, Issyk-Kul's seat): the English "Karakol" is ambiguous between several places of that name
    ("比什凯克", "Bishkek", "ym97.com/glo/as/1196528.shtml"),
    ("塔拉斯", "Talas", "ym97.com/glo/as/1196528.shtml"),
    ("纳伦", "Naryn", "ym97.com/glo/as/1196528.shtml"),
    # zh.wikipedia "粟特州" (read at zh.m.wiki.x.io/zh-mo/粟特州): its seat 苦盞, in simplified characters; a Chinese
    # page on Tajikistan's cities (3dmxku.com/daquan/zonghe/3637500.html): the capital 杜尚别, Khatlon's seat
    # 库尔干秋别 (Kurgan-Tyube, Bokhtar since 2018) and 库利亚布 (Kulob)
    ("苦盏", "Khujand", "zh.wikipedia 粟特州"),
    ("杜尚别", "Dushanbe", "3dmxku.com/daquan/zonghe/3637500.html"),
    ("库尔干秋别", "Bokhtar", "3dmxku.com/daquan/zonghe/3637500.html"),
    ("库利亚布", "Kulob", "3dmxku.com/daquan/zonghe/3637500.html"),
    # zh.wikipedia "达什奥古兹州" (read at kiwix.haohe.fun): its seat 达什奥古兹; a Chinese country profile of
    # Turkmenistan (999xsp.com/ldks/100712/39162782_2.html): the capital 阿什哈巴德, Lebap's seat 土库曼纳巴特
    ("达什奥古兹", "Dashoguz", "zh.wikipedia 达什奥古兹州"),
    ("阿什哈巴德", "Ashgabat", "999xsp.com/ldks/100712/39162782_2.html"),
    ("土库曼纳巴特", "Turkmenabat", "999xsp.com/ldks/100712/39162782_2.html"),
    # zh.wikipedia "巴尔赫省" (zh.wikipedia.org/wiki/巴尔赫省): the crossing to Tajikistan 謝爾汗班達
    # (Sher Khan Bandar), in simplified characters
    ("谢尔汗班达", "Sher Khan Bandar", "zh.wikipedia 巴尔赫省"),
    # geo145: the Afghan capitals a Chinese source names. The Chinese table of Afghanistan's provinces geo141
    # read (ym97.com/glo/as/1196532.shtml) gives Parwan's seat 恰里卡尔 Charikar, Wardak's 迈丹城 Meydan Shahr,
    # Paktika's 沙兰 Sharan and Panjshir's 巴扎拉克 Bazarak (zh.wikipedia "潘杰希尔省" writes 巴萨拉克);
    # zh.wikipedia "巴德吉斯省" (read at 54e1ad4b48888.kfd.me) names Badghis's seat 瑙堡 (Qala i Naw); a Chinese
    # encyclopedia entry on Samangan
    # (newton.com.tw/wiki/薩曼甘) its seat 艾巴克 (Aybak); the United Nations' Chinese documents, as a bilingual
    # dictionary quotes them (ar.ichacha.net/chinese/拉什卡尔加.html), Helmand's seat 拉什卡尔加 (Lashkar Gah) and
    # Uruzgan's 塔林科特 (Tarinkot). Not 巴米扬 (Bamyan: the province's own name), 卡拉特 (Qalat: the English name is
    # also Kalat of Balochistan and Iran's Kalat), 法拉 (Farah: the head of unrelated words), 马哈茂德埃拉基 (the
    # English "Mahmud-i-Raqi" finds nothing)
    ("恰里卡尔", "Charikar", "ym97.com/glo/as/1196532.shtml"),
    ("迈丹城", "Maidan Shahr", "ym97.com/glo/as/1196532.shtml"),
    ("沙兰", "Sharan", "ym97.com/glo/as/1196532.shtml"),
    ("巴扎拉克", "Bazarak", "ym97.com/glo/as/1196532.shtml"),
    ("巴萨拉克", "Bazarak", "zh.wikipedia 潘杰希尔省"),
    ("瑙堡", "Qala i Naw", "zh.wikipedia 巴德吉斯省"),
    ("艾巴克", "Aybak", "newton.com.tw/wiki/薩曼甘"),
    ("拉什卡尔加", "Lashkar Gah", "ar.ichacha.net/chinese/拉什卡尔加.html"),
    ("塔林科特", "Tarinkot", "ar.ichacha.net/chinese/拉什卡尔加.html"),
    # Issyk-Kul's seat 卡拉科尔, as the Chinese table of Kyrgyzstan's regions geo143 read writes it: the value names
    # the region, since the English "Karakol" alone is several places (the reader's answer is then the seat).
    # Still not 古利斯坦: besides Sirdaryo's seat, Tajikistan's Guliston (Sughd; zh.wikipedia "粟特州" writes
    # 古利斯通) and Farah's Gulistan are near twins, and a Chinese text naming one would not say which
    ("卡拉科尔", "Karakol, Issyk-Kul", "ym97.com/glo/as/1196528.shtml"),
)

#: Chinese name → the English name the gazetteer answers to.
REGION_HAN_NAMES: dict[str, str] = {han: name for han, name, _source in _SOURCED}
