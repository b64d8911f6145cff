"""Numbers with their approximators on fixed parses: which stated figures agree, and what that
does to a pair of claim units (numbers.py, lexicons/alignment.yaml `numbers`)."""

from __future__ import annotations

import pytest
from .align_trees import article, parsed

from attribution.align import Aligner
from attribution.align.numbers import Quantity, quantities_agree
from attribution.align.tuning import load_tuning
from attribution.align.units import UnitBuilder
from attribution.align.vocabulary import Vocabulary
from attribution.config import Settings
from attribution.lexicon import Lexicon

SETTINGS = Settings()


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(load_tuning(), Lexicon.load())


def counted(before: str, number: str) -> str:
    """'<before> <number> soldiers are training in eastern Russia.' as a tree: the words of
    ``before`` hang from the first number word, further number words (a split "5 000", "to
    6,000") from the first too."""
    pre = before.split()
    nums = number.split()
    n_pre, n_num = len(pre), len(nums)
    first = n_pre + 1
    noun = n_pre + n_num + 1
    verb = noun + 2
    rows = [f"{w} {w.lower()} ADV {first} advmod" for w in pre]
    for i, w in enumerate(nums):
        if i == 0:
            rows.append(f"{w} {w} NUM {noun} nummod")
        elif w in ("to", "and", "-", "–"):
            rows.append(f"{w} {w} ADP {first + i + 1} case")
        else:
            rows.append(f"{w} {w} NUM {first} {'flat' if w.isdigit() and len(w) == 3 else 'nmod'}")
    rows += [
        f"soldiers soldier NOUN {verb} nsubj",
        f"are be AUX {verb} aux",
        "training train VERB 0 root",
        f"in in ADP {verb + 3} case",
        f"eastern eastern ADJ {verb + 3} amod",
        f"Russia Russia PROPN {verb} obl",
        f". . PUNCT {verb} punct",
    ]
    return "\n".join(rows) + "\n"


def quantities(vocabulary: Vocabulary, before: str, number: str) -> tuple[Quantity, ...]:
    sentence = parsed(counted(before, number)).sentences[0]
    return vocabulary.quantities(sentence, frozenset(w.id for w in sentence.words))


@pytest.mark.parametrize("before, number, low, high, kind", [
    ("", "11,000", 11000, 11000, None),
    ("about", "5,000", 4500, 5500, "about"),
    ("some", "800", 720, 880, "about"),
    ("nearly", "5,000", 4500, 5000, "below"),
    ("close to", "5,000", 4500, 5000, "below"),
    ("at least", "2,000", 2000, float("inf"), "at_least"),
    ("more than", "2,000", 2000, float("inf"), "at_least"),
    ("up to", "2,000", 0, 2000, "at_most"),
    ("", "5 000", 5000, 5000, None),           # digits split into two tokens by a space
    ("", "4,000–6,000", 4000, 6000, "range"),  # one token
    ("", "4,000 to 6,000", 4000, 6000, "range"),
    ("between", "4,000 and 6,000", 4000, 6000, "range"),
])
def test_a_number_is_read_with_its_approximator(vocabulary, before, number, low, high, kind):
    (q,) = quantities(vocabulary, before, number)
    assert (q.low, q.high, q.approximator) == (pytest.approx(low), pytest.approx(high), kind)


def test_the_space_grouped_number_is_one_term(vocabulary):
    sentence = parsed(counted("", "5 000")).sentences[0]
    keys = [t.key for w in sentence.words for t in vocabulary.terms(sentence, w)]
    assert "#5000" in keys and "#0" not in keys and "#5" not in keys


@pytest.mark.parametrize("a, b, agree", [
    (("about", "5,000"), ("", "5 000"), True),
    (("about", "5,000"), ("nearly", "5,000"), True),
    (("about", "5,000"), ("", "2,000"), False),
    (("at least", "2,000"), ("", "5,000"), True),
    (("at least", "2,000"), ("", "1,500"), False),
    (("up to", "2,000"), ("", "1,500"), True),
    (("", "4,000–6,000"), ("about", "5,000"), True),
    (("", "4,000–6,000"), ("", "11,000"), False),
    (("", "11,000"), ("", "11,000"), True),
    (("", "11,000"), ("", "10,000"), False),
])
def test_which_figures_agree(vocabulary, a, b, agree):
    assert quantities_agree(quantities(vocabulary, *a), quantities(vocabulary, *b)) is agree


def pair_score(first: tuple[str, str], second: tuple[str, str]) -> float:
    a, b = article("a", counted(*first)), article("b", counted(*second))
    aligner = Aligner([a, b], SETTINGS)
    builder = UnitBuilder(aligner.vocabulary)
    whole = [max(aligner.units(i, builder), key=lambda u: u.end - u.start) for i in (0, 1)]
    return aligner.score(*whole)


def test_hedged_figures_that_agree_make_one_claim_and_others_do_not():
    threshold = SETTINGS.claims.threshold
    assert pair_score(("about", "5,000"), ("", "5 000")) >= threshold
    assert pair_score(("nearly", "5,000"), ("", "4,000–6,000")) >= threshold
    assert pair_score(("at least", "2,000"), ("", "1,500")) < threshold
    assert pair_score(("about", "5,000"), ("", "2,000")) < threshold
