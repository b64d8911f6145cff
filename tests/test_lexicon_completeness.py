"""The hedge and booster lexicons are complete and cited (issue 13, item 3).

Every entry says what it is (category, weight, a description, examples) and where it comes from
(``reference``); every item of Hyland's (2005) published lists of hedges and boosters is an entry
or an alternative of one, enabled or shipped off with the reason in its description
(docs/lexicon-tuning.md, "Conventions of the gold").
"""

from __future__ import annotations

import itertools

import pytest

from attribution.lexicon import Entry, Lexicon
from attribution.resources import lexicons_dir

# Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. Continuum. Appendix, the lists
# of hedges and boosters, as lemmas (his "appeared, appears" is "appear"; "couldn't" is "could not").
HYLAND_HEDGES = (
    "about", "almost", "apparent", "apparently", "appear", "approximately", "argue", "around", "assume",
    "broadly", "certain amount", "certain extent", "certain level", "claim", "could", "could not", "doubt",
    "doubtful", "essentially", "estimate", "fairly", "feel", "frequently", "from my perspective",
    "from our perspective", "from this perspective", "generally", "guess", "indicate", "in general",
    "in most cases", "in most instances", "in my opinion", "in my view", "in this view", "in our opinion",
    "in our view", "largely", "likely", "mainly", "may", "maybe", "might", "mostly", "often", "on the whole",
    "ought", "perhaps", "plausible", "plausibly", "possible", "possibly", "postulate", "presumable",
    "presumably", "probable", "probably", "quite", "rather", "relatively", "roughly", "seem", "should",
    "sometimes", "somewhat", "suggest", "suppose", "suspect", "tend to", "to my knowledge", "typical",
    "typically", "uncertain", "uncertainly", "unclear", "unclearly", "unlikely", "usually", "would",
    "would not",
)
HYLAND_BOOSTERS = (
    "actually", "always", "believe", "beyond doubt", "certain", "certainly", "clear", "clearly",
    "conclusively", "decidedly", "definite", "definitely", "demonstrate", "doubtless", "establish", "evident",
    "evidently", "find", "in fact", "incontestable", "incontestably", "incontrovertible", "incontrovertibly",
    "indeed", "indisputable", "indisputably", "know", "must", "never", "no doubt", "obvious", "obviously",
    "of course", "prove", "realize", "really", "show", "sure", "surely", "think", "truly", "true",
    "undeniable", "undeniably", "undisputedly", "undoubtedly", "without doubt",
)
# Hyland counts belief verbs as boosters; this project's gold counts them as modal hedges (an
# opinion presented as such; docs/lexicon-tuning.md), and so do the lexicons.
BOOSTERS_KEPT_AS_HEDGES = frozenset({"believe", "think"})
REFERENCES = ("Hyland 2005", "CoNLL-2010", "FactBank", "news")


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return Lexicon.load()


def _hedge_and_booster_entries(lexicon: Lexicon) -> list[Entry]:
    files = {str(lexicons_dir() / "hedges.yaml"), str(lexicons_dir() / "boosters.yaml")}
    return [e for e in lexicon.entries.values() if e.source.rsplit(":", 1)[0] in files]


def test_every_hedge_and_booster_entry_says_what_it_is_and_where_it_comes_from(shipped: Lexicon) -> None:
    entries = _hedge_and_booster_entries(shipped)
    assert len(entries) > 50
    for entry in entries:
        assert entry.category, entry.id
        assert 0 < entry.weight <= 1, entry.id
        assert len(entry.description.split()) >= 4, f"{entry.id}: describe it in plain words"
        assert entry.examples and all(e.strip() for e in entry.examples), f"{entry.id}: give an example"
        assert entry.reference in REFERENCES, f"{entry.id}: reference {entry.reference!r} (one of {REFERENCES})"


def _covers(entry: Entry, item: str) -> bool:
    """The item's words run together in one of the phrases the entry's pattern spells out ("in my
    view" of "in my|our view|opinion", "sure" of "be sure"); "X not" needs an entry for X under
    negation."""
    words = item.split()
    if words[-1] == "not":
        if entry.negated is not True:
            return False
        words = words[:-1]
    elif entry.negated is True:
        return False
    slots = [s if s is not None else ("...",) for s in entry.slots]
    n = len(words)
    return any(list(phrase[i:i + n]) == words
               for phrase in itertools.product(*slots) for i in range(len(phrase) - n + 1))


@pytest.mark.parametrize("kind,items", [("hedge", HYLAND_HEDGES), ("booster", HYLAND_BOOSTERS)])
def test_hylands_lists_are_in_the_lexicons_in_full(shipped: Lexicon, kind: str, items: tuple[str, ...]) -> None:
    """Each item is an entry of its own kind (enabled or off), or a reporting verb (whose stance
    says whether it is a cue: "argue", "show"); "believe" and "think" are hedges here."""
    missing = []
    for item in items:
        kinds = {kind, "reporting"} | ({"hedge"} if kind == "booster" and item in BOOSTERS_KEPT_AS_HEDGES else set())
        if not any(e.type in kinds and _covers(e, item) for e in shipped.entries.values()):
            missing.append(item)
    assert missing == []


def test_entries_hylands_list_has_but_the_gold_does_not_count_are_shipped_off_with_a_reason(shipped: Lexicon) -> None:
    off = [e for e in _hedge_and_booster_entries(shipped) if not e.enabled]
    assert {"approximator", "frequency", "downtoner"} <= {e.id for e in off}
    for entry in off:
        assert "off by default" in entry.description.lower(), entry.id
