"""Men the guards moved to stop, who then opened fire: a clash between armed men and the guards, not an attack.

Issue 14 (extract171; the brief's "smugglers firing back read as an attack by them"). A border service tells the fight
as its patrol's order and the crossers' answer: "When the border guards moved to stop them, the smugglers opened
fire" (Aktualno 1374), "the border guards tried to detain them, but the Afghans opened fire on them" (Trud 1377), "A
patrol … ordered them to stop, but the men opened fire and then ran off" (The Independent 1381). With no one hit, no
fire back told in so many words and no target read, the reader typed each an attack on civilians. Every dev report
of the shape is coded ``Battles / Armed clash`` — the three above and Asr-e Hamoun 1198, Asia-Plus 1200, Avesta 1256,
AP 1379, Pravda.ru 1380 and RIA Novosti 931 (read so already by other words of theirs: "fired back", "a clash"): 9
reports of 9 outlets. Armed men who answer the guards' order with fire are one side of a fight; the guards are the
other.

What it is not: the guards' own fire on men who would not stop ("The men ignored orders to stop … and the border
guards opened fire", The Times of Central Asia 468, coded an attack: the firers here are never the guards, troops,
police or patrol); resistance with a knife or fists ("put up resistance and threatened the border guards with a
knife", Kloop 1255, coded an attack): only fire or armed resistance counts. Only a draft typed ``Attack`` with no
target read is changed, from its own sentences (not the background). Run with the finished readings
(:func:`.draft_passes.read_each_finished`), beside :func:`.crossers_fought.resistance_is_a_clash`.
Who fired, and the attribution, are read of the same shape by :mod:`.stopped_fired` (extract170); both read it
through :mod:`.stopped_answer` (extract174).
"""

from __future__ import annotations

from .draft import Draft
from .sentences import Sentence
from .stopped_answer import stop_answered


def stopped_fired_clash(draft: Draft, sentences: list[Sentence], background: set[int]) -> None:
    """Armed men who fired when the guards moved to stop them, typed an attack: an armed clash (see the module)."""
    values = draft.values
    if values.get("sub_event_type") != "Attack" or values.get("target_type"):
        return
    told = next((s for s in draft.own_sentences(sentences, background) if stop_answered(s.text)), None)
    if told is None:
        return
    draft.set("event_type", "Battles", told, replace=True)
    draft.set("sub_event_type", "Armed clash", told, replace=True)
    draft.forget("civilian_targeting")
    draft.notes.append("Armed men who opened fire when the guards moved to stop them: a clash (.stopped_fired_clash).")
