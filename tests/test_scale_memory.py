"""Bounded memory: the claims stage counts words as the run streams and reads parses back per story.

On hand-written trees (tests/align_trees.py): the streamed counts equal counting over every parse
after the run's acronyms are learnt, and an analysis run holds no parse of its corpus when the
claims stage starts, only a few while it aligns, with claims identical to aligning whole articles.
What the run keeps of every article holds no body, and the counts keep no Python object per
article (numbers in flat arrays): what grows with the corpus stays compact.
"""

from __future__ import annotations

import gc
import types
from collections import Counter
from dataclasses import replace
from pathlib import Path

from attribution.align import align
from attribution.align.features import ArticleCounts, ClaimFeatures
from attribution.align.tuning import load_tuning
from attribution.align.vocabulary import Vocabulary
from attribution.config import CacheSettings, ModelSettings, Settings
from attribution.document import ParsedDoc
from attribution.engine import local, spill
from attribution.engine.local import Analyzer
from attribution.lexicon import Lexicon
from attribution.output import read_jsonl

from .align_trees import conllu, parsed
from .test_align_acronyms import EXPANDED, OTHER, SHORT

SETTINGS = Settings()

STATE_FUNDS = """
The the DET 2 det
state state NOUN 4 nsubj
will will AUX 4 aux
fund fund VERB 0 root
the the DET 6 det
bridge bridge NOUN 4 obj
repairs repair NOUN 4 obj
this this DET 9 det
year year NOUN 4 obl:tmod
. . PUNCT 4 punct
"""


def _reference(docs: list[ParsedDoc], tuning, lexicon) -> tuple[Counter[str], int, list[Counter[str]]]:  # noqa: ANN001
    """The counts as made with every parse at hand: acronyms first, then each sentence's keys."""
    vocab = Vocabulary(tuning, lexicon)
    vocab.learn_acronyms(s for d in docs for s in d.sentences)
    sentences: Counter[str] = Counter()
    total = 0
    articles = []
    for d in docs:
        counts: Counter[str] = Counter()
        for s in d.sentences:
            keys = [t.key for w in s.words for t in vocab.terms(s, w)]
            sentences.update(set(keys))
            total += 1
            counts.update(keys)
        articles.append(counts)
    return sentences, total, articles


def test_streamed_counts_equal_the_counts_over_all_parses_with_acronyms_learnt_at_the_end() -> None:
    # "FAA" comes before the article that spells it out: its terms are settled only at the end
    docs = [parsed(SHORT, STATE_FUNDS), parsed(OTHER), parsed(EXPANDED, SHORT)]
    tuning, lexicon = load_tuning(SETTINGS.claims.alignment), Lexicon.load()
    features = ClaimFeatures(tuning, lexicon)
    for d in docs:
        features.add(d)
    rarity, article_keys = features.finish(Vocabulary(tuning, lexicon))
    counts, total, expected = _reference(docs, tuning, lexicon)
    assert (rarity.counts, rarity.total) == (counts, total)
    assert list(article_keys) == expected
    assert article_keys[0]["aviation"] == 1 and "faa" not in article_keys[0]  # learnt after it was counted
    assert "epa" in article_keys[1]  # written in capitals but never spelt out: stays itself


def test_counts_stored_as_json_and_added_back_give_the_same_rarity_and_stories() -> None:
    """What the parse cache keeps of an article for the claims stage (ArticleCounts as JSON)
    adds up to the counts of counting its parse, acronyms settled at the end included."""
    docs = [parsed(SHORT, STATE_FUNDS), parsed(OTHER), parsed(EXPANDED, SHORT)]
    tuning, lexicon = load_tuning(SETTINGS.claims.alignment), Lexicon.load()
    counted, stored = ClaimFeatures(tuning, lexicon), ClaimFeatures(tuning, lexicon)
    for d in docs:
        counted.add(d)
        stored.add_counts(ArticleCounts.from_json(stored.count(d).to_json()))
    (rarity, keys), (expected_rarity, expected_keys) = (f.finish(Vocabulary(tuning, lexicon)) for f in (stored, counted))
    assert (rarity.counts, rarity.total, list(keys)) == (expected_rarity.counts, expected_rarity.total, list(expected_keys))
    assert any(counts.pending for counts in map(counted.count, docs))  # "FAA" waits for the end
    edited = Lexicon.load()
    edited.entries["allegedly"] = replace(edited.entries["allegedly"], weight=0.5)
    assert ClaimFeatures(tuning, edited).fingerprint() == counted.fingerprint()  # a weight: same counts


ALLEGEDLY_FUNDS = """
The the DET 2 det
state state NOUN 4 nsubj
allegedly allegedly ADV 4 advmod
funds fund VERB 0 root
the the DET 6 det
bridge bridge NOUN 4 obj
. . PUNCT 4 punct
"""


def _without(entry_id: str) -> Lexicon:
    edited = Lexicon.load()
    edited.entries[entry_id] = replace(edited.entries[entry_id], enabled=False)
    return edited


def test_counts_read_only_the_cue_lemmas_of_the_article_s_qualifying_words() -> None:
    """A hedge dropped (or added) changes what the claims stage counts only in an article with
    its word as an adverb: the stored counts of every other article still serve a re-score,
    and the reporting verbs, which weigh a term but never change its key, are not read."""
    tuning, shipped = load_tuning(SETTINGS.claims.alignment), Lexicon.load()
    edited = _without("allegedly")
    plain, hedged = parsed(STATE_FUNDS), parsed(ALLEGEDLY_FUNDS)
    before, after = ClaimFeatures(tuning, shipped), ClaimFeatures(tuning, edited)
    assert before.fingerprint() == after.fingerprint()
    assert before.lexicon_part(plain) == after.lexicon_part(plain)
    assert before.count(plain) == after.count(plain)
    assert before.lexicon_part(hedged) != after.lexicon_part(hedged)
    assert before.count(hedged) != after.count(hedged)  # "allegedly" counts as a word once no hedge
    assert ClaimFeatures(tuning, _without("say")).lexicon_part(hedged) == before.lexicon_part(hedged)


NUMBERS_AND_NAMES = """
Officials official NOUN 3 nsubj
in in ADP 3 case
Seoul's Seoul PROPN 6 nmod
5 5 NUM 6 nummod
000 000 NUM 6 nummod
centre centre NOUN 0 root
had have VERB 6 acl
2.5 2.5 NUM 9 nummod
million million NUM 7 obj
NIS NIS PROPN 7 obj
on on ADP 12 case
board board NOUN 7 obl
. . PUNCT 6 punct
"""


def test_keys_of_a_word_are_the_keys_of_its_terms() -> None:
    """Counting reads only the terms' keys (Vocabulary.keys): numbers split in two tokens,
    names with and without an alias, a British spelling, a preposition before its noun."""
    tuning, lexicon = load_tuning(SETTINGS.claims.alignment), Lexicon.load()
    vocab = Vocabulary(tuning, lexicon)
    vocab.learn({"nis": ("national", "intelligence", "service")})
    docs = [parsed(SHORT, STATE_FUNDS), parsed(OTHER), parsed(EXPANDED, SHORT), parsed(NUMBERS_AND_NAMES, ALLEGEDLY_FUNDS)]
    pairs = [(vocab.keys(s, w), tuple(t.key for t in vocab.terms(s, w))) for d in docs for s in d.sentences for w in s.words]
    assert all(keys == expected for keys, expected in pairs)
    assert {k for keys, _ in pairs for k in keys} >= {"#5000", "#2.5e+06", "center", "south", "intelligence"}


class TreeParser:
    """Stands in for Stanza: each body's hand-written tree, a new ParsedDoc on every call."""

    device, threads = "cpu", 1

    def __init__(self, trees: dict[str, str]):
        self.trees = trees  # body -> CoNLL-U text (no parse object kept here)
        self.calls = self.words = 0
        self.seconds = 0.0

    def parse_many(self, bodies):  # noqa: ANN001, ANN201 - Parser's signature
        self.calls += 1
        return [ParsedDoc.from_conllu(self.trees[b]) for b in bodies]

    def parse(self, body):  # noqa: ANN001, ANN201
        return self.parse_many([body])[0]


def _corpus(folder: Path) -> tuple[Path, dict[str, str]]:
    """Four stories of three articles, one outlet each: the acronym trees and a bridge claim."""
    folder.mkdir()
    trees: dict[str, str] = {}
    pieces = [(SHORT,), (EXPANDED,), (OTHER, STATE_FUNDS)]
    for story in range(4):
        for n, sentences in enumerate(pieces):
            text = conllu(*sentences)
            body = ParsedDoc.from_conllu(text).text
            trees[body] = text
            name = f"s{story}-{n}"
            (folder / f"{name}.txt").write_text(body + "\n", encoding="utf-8")
            (folder / f"{name}.meta.yaml").write_text(f"outlet: Outlet {n}\nstory: story-{story}\n", encoding="utf-8")
    return folder, trees


def _reachable(root: object, stop: tuple[type, ...] = ()) -> list[object]:
    """Every object reachable from ``root`` (not through modules, classes or ``stop`` objects)."""
    seen: dict[int, object] = {}
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, (type, types.ModuleType, *stop)):
            continue
        seen[id(obj)] = obj
        todo.extend(gc.get_referents(obj))
    return list(seen.values())


def test_the_counts_keep_no_object_per_article() -> None:
    # the same three articles counted again add numbers to the arrays, no object to the features
    docs = [parsed(SHORT, STATE_FUNDS), parsed(OTHER), parsed(EXPANDED, SHORT)]
    features = ClaimFeatures(load_tuning(SETTINGS.claims.alignment), Lexicon.load())
    for d in docs:
        features.add(d)
    gc.collect()
    once = len(_reachable(features))
    for d in docs * 3:
        features.add(d)
    gc.collect()
    assert len(features) == 12
    assert len(_reachable(features)) == once


def _live_parses() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, ParsedDoc))


def test_a_run_keeps_no_parse_for_the_claims_stage_and_its_claims_are_those_of_whole_articles(
        tmp_path, models, monkeypatch) -> None:  # noqa: ANN001
    corpus, trees = _corpus(tmp_path / "corpus")
    settings = replace(SETTINGS, cache=CacheSettings(enabled=False), models=replace(ModelSettings(), batch_size=2))
    monkeypatch.setattr(spill, "KEEP_READ", 2)
    seen: dict[str, int] = {"at_start": -1, "most": 0}
    held: list[str] = []
    real_align, real_load = local.align, spill.ParseSpill.load

    def counting_align(analyzed, settings, lexicon, features):  # noqa: ANN001, ANN202
        seen["at_start"] = _live_parses()
        # what the run kept of its articles and their counts, short of the spill's file
        kept = _reachable(analyzed, (spill.ParseSpill,)) + _reachable(features, (Lexicon,))
        held.extend(o for o in kept if isinstance(o, str) and o in trees)
        return real_align(analyzed, settings, lexicon, features)

    def counting_load(self, index):  # noqa: ANN001, ANN202
        doc = real_load(self, index)
        seen["most"] = max(seen["most"], _live_parses())
        return doc

    monkeypatch.setattr(local, "align", counting_align)
    monkeypatch.setattr(spill.ParseSpill, "load", counting_load)
    gc.collect()
    before = _live_parses()
    analyzer = Analyzer(settings, models=models, parser=TreeParser(trees))
    summary = analyzer.run([corpus], tmp_path / "out")
    assert summary.articles == 12 and summary.claims > 0
    assert seen["at_start"] - before == 0, "no parse of the corpus is held when the claims stage starts"
    assert not held, "the records the run keeps of its articles hold no body"
    # while it aligns: the story's three parses and the two last read (spill.KEEP_READ), never all twelve
    assert 0 < seen["most"] - before <= 5

    # the same claims as aligning the articles with their parses in memory
    whole = list(analyzer.iter_analyzed([corpus], summary, analyzer.reporter(summary)))
    analyzer.close()
    expected = [c.to_dict() for c in align(whole, settings, analyzer.lexicon)]
    assert list(read_jsonl(tmp_path / "out" / "claims.jsonl")) == expected
