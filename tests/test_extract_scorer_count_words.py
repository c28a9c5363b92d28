"""The scorer's actor test sets "number" aside as it sets "group" aside (codenotes34, the rulings of 2026-12-07
(eighth)): "a number of Taliban insurgents", the whole phrase the seventh rulings code, names the same men as the
Taliban insurgents a draft reads, however the draft goes on; the count tells how many, never who."""

from __future__ import annotations

from eval_extract import _same_actor


def test_a_number_of_men_is_the_same_actor_as_the_men_told_with_more_words() -> None:
    assert _same_actor("a number of Taliban insurgents", "Taliban insurgents from across the border")


def test_a_large_number_of_fighters_is_the_same_actor_as_the_fighters_told_otherwise() -> None:
    assert _same_actor("a large number of Taliban fighters", "Taliban fighters of the Haqqani network")


def test_a_number_of_one_kind_of_men_is_not_another_kind() -> None:  # guard
    assert not _same_actor("a number of terrorists", "a number of drug smugglers")
