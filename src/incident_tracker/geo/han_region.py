"""Chinese names of the Afghan–Pakistani border's provinces and main towns, each with its source.

The Chinese reader (:mod:`.phrase_han`) knows a name only through its table, and that table held
the names of Xinjiang, the Pamirs and the Ferghana valley: Chinese reports on the Afghan–Pakistani
border ("在相邻的霍斯特省", in neighbouring Khost province; "帕克蒂卡省", Paktika) were left unread,
the sixty-eighth batch's g6531–g6534. The transcription reader (:mod:`.hanzi_names`) does not reach
them either: it compares consonant skeletons with the border pack only, and 喀布尔 (Kabul) is too
short to tell from Khyber.

Only names found written so in a public source are held, one spelling a row, simplified (the
reader folds the traditional characters it knows): a Chinese Wikipedia article, a Chinese table of
Afghanistan's provinces, or a wire report that gives the Latin name beside the Chinese one. A
spelling no source gave (the batch's "斯平布尔达克" and "帕克提卡", for instance) is not guessed.
Each value is the name the gazetteer answers to, as the table of :mod:`.phrase_han` gives it.
"""

from __future__ import annotations

__all__ = ["REGION_HAN_NAMES"]

#: (Chinese name, the gazetteer's name, where the Chinese name was read).
_SOURCED: tuple[tuple[str, str, str], ...] = (
    # the Chinese Wikipedia's "坎大哈省" (zh.wikipedia.org/zh-hans/坎大哈省: the province, its capital 坎大哈)
    ("坎大哈", "Kandahar", "zh.wikipedia.org/zh-hans/坎大哈省"),
    # AFP in Chinese, 6 Dec 2025 (swissinfo.ch/chi, "法新社阿富汗坎达哈6日电": 坎达哈省, 史宾波达克区 (Spin
    # Boldak), the border town 杰曼 (Chaman))
    ("坎达哈", "Kandahar", "swissinfo.ch/chi, AFP, 6 Dec 2025"),
    ("史宾波达克", "Spin Boldak", "swissinfo.ch/chi, AFP, 6 Dec 2025"),
    ("杰曼", "Chaman", "swissinfo.ch/chi, AFP, 6 Dec 2025"),
    # Reuters in Chinese via HK01, 6 Dec 2025: "坎大哈省斯平博爾達克地區（Spin Boldak district, Kandahar）"
    ("斯平博尔达克", "Spin Boldak", "hk01.com, Reuters, 6 Dec 2025"),
    # the Chinese Wikipedia's "霍斯特省" (read at a mirror, wikicn.playgoteam.workers.dev/wiki/霍斯特省:
    # the province, its capital 霍斯特)
    ("霍斯特", "Khost", "zh.wikipedia 霍斯特省"),
    # a Chinese table of Afghanistan's provinces with their Latin names (ym97.com/glo/as/1196532.shtml:
    # 喀布尔 Kabol, 帕克蒂亚 Paktia, 帕克蒂卡 Paktika, 霍斯特 Khost, 楠格哈尔 Nangarhar and its capital
    # 贾拉拉巴德 Jalalabad, 加兹尼 Ghazni)
    ("喀布尔", "Kabul", "ym97.com/glo/as/1196532.shtml"),
    ("帕克蒂亚", "Paktia", "ym97.com/glo/as/1196532.shtml"),
    ("帕克蒂卡", "Paktika", "ym97.com/glo/as/1196532.shtml"),
    ("楠格哈尔", "Nangarhar", "ym97.com/glo/as/1196532.shtml"),
    ("贾拉拉巴德", "Jalalabad", "ym97.com/glo/as/1196532.shtml"),
    ("加兹尼", "Ghazni", "ym97.com/glo/as/1196532.shtml"),
    # the Chinese Wikipedia's "开伯尔-普什图省" (read at zhwiki.oracleblog.org: its capital 白沙瓦, Peshawar)
    ("白沙瓦", "Peshawar", "zh.wikipedia 开伯尔-普什图省"),
    # Liberty Times / Yahoo Taiwan, 1 Feb 2026: Balochistan's capital "奎達（Quetta）" (simplified 奎达)
    ("奎达", "Quetta", "tw.news.yahoo.com, 1 Feb 2026"),
    # ETtoday, 12 Oct 2025 (Reuters): the two main crossings "托爾哈姆（Torkham）和查曼（Chaman）"
    ("查曼", "Chaman", "ettoday.net/news/20251012/3049014.htm"),
    ("托尔哈姆", "Torkham", "ettoday.net/news/20251012/3049014.htm"),
)

#: Chinese name → the gazetteer's name.
REGION_HAN_NAMES: dict[str, str] = {han: name for han, name, _source in _SOURCED}
