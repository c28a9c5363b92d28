"""Consonant skeletons: one key for a name in Latin, Cyrillic and Arabic script alike.

Arabic-script reports write the region's names in three alphabets that disagree on the
letters the others lack: Arabic has no p, g, ch or v, so Panjgur is بنجكور in Arabic and
پنجگور in Urdu, Dangam دانغام or دانگام, Saravan سارافان or سراوان, Chaman شامان or چمن;
and each writer chooses which long vowels to write (كورام, کرم for Kurram; خرلاچی,
خرلچی for Kharlachi). :func:`.text.phonetic_key` erases such differences in Latin and
Cyrillic, but an Arabic-script key had no sound-alike at all: only its exact spelling
matched, so each spelling needed a pack row of its own.

A skeleton keeps only consonants, in classes that the three alphabets use for each other:

* b/p (ب پ), t (ت ط ټ ٹ), d (د ډ ڈ), r (ر ړ ڑ), n (ن ڼ ں), l, m, j (ج), f (ف, and Latin v);
* s for every hiss: s, sh, ch, c, ts (س ص ث ش چ ښ څ); z for z, zh, dh (ز ذ ض ظ ژ ږ ځ);
* k for k, q, g, gh, kh, x (ک ك گ ګ ق غ خ);
* vowels, h, w and y are dropped, Arabic's long-vowel letters with them (ا آ ع ء ئ ه ح ی ي
  ې ۍ ے), and a doubled class counts once ("Kurram" → ``krm``).

و is both v and the vowel u/o, so an Arabic-script name has up to four skeletons (each و
read either way, the first few only), and twice that when the article al- stands inside it
before a sun letter (شمسالدین, Shamsiddin: read with and without its l).

Far too coarse for the whole gazetteer (thousands of villages share ``krm``):
:meth:`.tiers.GazetteerTier.geocode` asks it only of an Arabic-script name that matched no
pack place (none at all, or only places elsewhere: "كورام" is also an alternate name of
Coram, Montana), against the names of the border pack alone, and takes it only when one
pack place has that skeleton (see :class:`PackSkeletons`), as a sound-alike.

Pure functions, standard library only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from .phrase_patterns import strip_kind
from .scripts import has_arabic_letter
from .text import latin_key, name_key, strip_level

#: Latin digraphs first (longest first), then single letters.
_LATIN_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("tch", "s"), ("dzh", "j"), ("kh", "k"), ("gh", "k"), ("sh", "s"))
_LATIN_DIGRAPHS_2 = (("ch", "s"), ("zh", "z"), ("ts", "s"), ("th", "t"), ("dh", "z"), ("ph", "f"))
_LATIN = str.maketrans(
    {
        "p": "b",
        "c": "s",
        "q": "k",
        "g": "k",
        "x": "k",
        "v": "f",
        "a": None,
        "e": None,
        "i": None,
        "o": None,
        "u": None,
        "y": None,
        "h": None,
        "w": None,
    }
)

#: Arabic, Persian, Urdu and Pashto letters → the classes above ("" drops the letter).
#: و is left out: it is read both ways (see the module docstring).
_ARABIC = str.maketrans(
    {
        **dict.fromkeys("بپ", "b"),
        **dict.fromkeys("تطټٹة", "t"),
        **dict.fromkeys("دډڈ", "d"),
        **dict.fromkeys("رړڑ", "r"),
        **dict.fromkeys("نڼں", "n"),
        "ل": "l",
        "م": "m",
        "ج": "j",
        "ف": "f",
        **dict.fromkeys("سصثشچښڅ", "s"),
        **dict.fromkeys("زذضظژږځ", "z"),
        **dict.fromkeys("کكگګقغخ", "k"),
        **dict.fromkeys("اآأإٱعءئؤهحیيېۍےۀھ", ""),  # ھ: Urdu's aspiration (ڈھنڈا, Dand: geo169)
    }
)
#: The article al- inside a compound name, before a "sun letter" that swallows its l in speech:
#: شمس‌الدین is Shamsiddin, not Shams-al-din ("ل" dropped; the name is also read with it).
_ARTICLE = re.compile(r"(?<=.)ال(?=[تثدذرزسشصضطظلن])")
_RUN = re.compile(r"(.)\1+")
_LETTERS_ONLY = re.compile(r"[a-z]+")
#: How many و of a name are read both ways (2**n skeletons).
_MAX_WAW = 2


def _collapse(text: str) -> str:
    return _RUN.sub(r"\1", text)


@lru_cache(maxsize=16384)
def skeletons(key: str) -> frozenset[str]:
    """The consonant skeletons of a name key (Latin, Cyrillic or Arabic script); empty if it has none.

    Panjgur/پنجگور/بنجكور → ``bnjkr``; Saravan/سارافان → ``srfn``; Kurram/كورام/خرام → ``krm``.
    """
    if has_arabic_letter(key):
        return _arabic_skeletons(key)
    latin = latin_key(key)
    if not _LETTERS_ONLY.fullmatch(latin):
        return frozenset()
    for digraph, replacement in (*_LATIN_DIGRAPHS, *_LATIN_DIGRAPHS_2):
        latin = latin.replace(digraph, replacement)
    skeleton = _collapse(latin.translate(_LATIN))
    return frozenset({skeleton}) if skeleton else frozenset()


def _arabic_skeletons(key: str) -> frozenset[str]:
    found = _waw_readings(key)
    assimilated = _ARTICLE.sub("", key)
    return found | _waw_readings(assimilated) if assimilated != key else found


def _waw_readings(key: str) -> frozenset[str]:
    parts = key.split("و")
    if len(parts) - 1 > _MAX_WAW:  # the first few و are read both ways, the rest as vowels
        parts = [*parts[:_MAX_WAW], "".join(parts[_MAX_WAW:])]
    mapped = [part.translate(_ARABIC) for part in parts]
    if any(not re.fullmatch(r"[a-z]*", part) for part in mapped):
        return frozenset()  # a letter of no class (another script, a digit): no skeleton
    found = set()
    for readings in product(("", "f"), repeat=len(mapped) - 1):
        joined = mapped[0] + "".join(r + part for r, part in zip(readings, mapped[1:], strict=True))
        if joined:
            found.add(_collapse(joined))
    return frozenset(found)


#: What parts the words of a name: spaces, and in a recorded spelling hyphens and dashes too.
_WORD_BREAK = re.compile(r"\s+")
_SPELLING_BREAK = re.compile(r"[\s\-\u2010-\u2014]+")


def _name_words(text: str) -> list[str]:
    """The words of ``text`` as a name's: the article al- bound to the word before it ("شمس الدين" is
    one name, Shamsiddin), one-letter words at either end ("سراوان و", Saravan and …) and a word at either
    end whose consonant the next word's swallows taken off
    (Urdu "کی کرم", 'of Kurram': the k of the particle adds nothing to the skeleton that matched)."""
    words: list[str] = []
    for word in _WORD_BREAK.split(text.strip()):
        if words and word.startswith("ال") and len(word) > 2:
            words[-1] += word
        elif word:
            words.append(word)
    while len(words) > 1 and len(words[-1]) == 1:
        del words[-1]  # a one-letter word at the end, the conjunction "و" (and) the text went on with
    while len(words) > 1 and len(words[0]) == 1:
        del words[0]  # the particle "د" (of) before the name
    for edge, inner in ((0, 1), (-1, -2)):
        if len(words) > 1:
            pair = words[edge] + words[inner] if edge == 0 else words[inner] + words[edge]
            if skeletons(name_key(pair)) == skeletons(name_key(words[inner])):
                del words[edge]
    return words


def _word_skeletons(words: list[str]) -> list[frozenset[str]]:
    """The skeletons of each word that has one, in order (what :func:`words_fit` places on the spelling)."""
    found = [skeletons(name_key(word)) for word in words]
    return [s for s in found if s]  # a word of vowels alone ("ای") bounds nothing


def words_fit(text: str, spelling: str) -> bool:
    """Can the words of ``text`` be read as whole runs of the words of ``spelling``, skeleton by skeleton?

    A sound match joins a name's words: "ډېره الله یار" (Dera Allahyar, ``dr|l|r``) has the skeleton
    ``drlr`` of "Dir Lower" (``dr|lr``), whose second word the text cuts in two. A text may join words a
    spelling writes apart ("مزارشریف", Mazar Sharif) but not split one of its words: each text word must
    sound like a whole run of the spelling's words, in order.
    """
    mine = _word_skeletons(_name_words(text))
    theirs = [w for w in _SPELLING_BREAK.split(spelling.strip()) if skeletons(name_key(w))]
    if len(mine) <= 1:
        return True  # one word: nothing of the text's to split a spelling's word
    return _runs_fit(tuple(mine), tuple(theirs))


def _runs_fit(mine: tuple[frozenset[str], ...], theirs: tuple[str, ...]) -> bool:
    """Whether ``theirs`` (a spelling's words) cut into consecutive runs, each run joined, gives one run per
    skeleton of ``mine`` in order, every one sharing a skeleton with it; each run is tried, shortest first
    (a name holds a few words, so the search stays small)."""
    if not mine:
        return not theirs
    for end in range(1, len(theirs) - len(mine) + 2):
        if mine[0] & skeletons(name_key("".join(theirs[:end]))) and _runs_fit(mine[1:], theirs[end:]):
            return True
    return False


def carried_by_name(spelling: str) -> bool:
    """Does a pack spelling's own name, without its border-place word, hold a skeleton that can match alone?

    "Gawi Pass" (an alias of Peiwar Pass) is ``kbs``, the skeleton of "كابيسا" (Kapisa in Arabic letters), but
    "Gawi" alone is ``k``: the consonants that matched are the English word "Pass", which an Arabic-script name
    does not hold. A spelling whose name is shorter than :attr:`PackSkeletons.MIN_LETTERS` consonants without its
    kind word matches nothing by sound ("Khunjerab Pass" is ``knjrb`` without it, and still does).
    """
    name, kind = strip_kind(spelling)
    return kind is None or any(len(s) >= PackSkeletons.MIN_LETTERS for s in skeletons(name_key(name)))


class PackSkeletons:
    """The skeletons of every name of the border pack, each with the pack name keys that have it.

    Built once a process, on the first Arabic-script name that matched no pack place, from the
    name keys the gazetteer holds for the pack (about 1,200) and the pack places bearing each
    (id and own name): a lookup then needs no query unless one place has the skeleton.
    """

    #: Fewer consonants than this match too much (``sn``, ``kr``).
    MIN_LETTERS = 3

    def __init__(self, places: dict[str, list[tuple[int, str]]]) -> None:
        self._places = places
        self._by_skeleton: dict[str, set[str]] = {}
        for key in places:
            for skeleton in skeletons(key):
                self._by_skeleton.setdefault(skeleton, set()).add(key)

    def keys(self, key: str) -> set[str]:
        """The pack name keys that share a skeleton of ``key`` (of at least :attr:`MIN_LETTERS` letters)."""
        found: set[str] = set()
        for skeleton in skeletons(key):
            if len(skeleton) >= self.MIN_LETTERS:
                found |= self._by_skeleton.get(skeleton, set())
        return found

    def place(self, key: str) -> tuple[int, list[str]] | None:
        """The one pack place with a skeleton of ``key``, and its name keys that have it; None if
        none has, or several do, unless one bears it as its own name and the others are units
        named after it ("سپن بولدک": Spin Boldak the town, not Spin Boldak District)."""
        near = self.keys(key)
        found = {place_id: name for k in near for place_id, name in self._places.get(k, [])}
        if len(found) > 1:
            wanted = skeletons(key)
            own = {place_id: name for place_id, name in found.items() if wanted & skeletons(name_key(name))}
            if len(own) != 1:
                return None
            (name,) = own.values()
            if any(name_key(strip_level(other)[0]) != name_key(name) for i, other in found.items() if i not in own):
                return None  # Sary-Tash's own name and an alias of Shahritus District: two places, no answer
            found = own
        if len(found) != 1:
            return None
        (place_id,) = found
        return place_id, sorted(k for k in near if any(i == place_id for i, _ in self._places[k]))
