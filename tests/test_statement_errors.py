"""``attribution evaluate --errors FILE`` on our own gold format: every missed, wrong-speaker and
false statement, listed with its sentence. The seed set scores 1.000, so each error here is one
made on purpose by editing a copy of its gold."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

from tests.conftest import SEED

from attribution.cache import ParseCache
from attribution.cli import main
from attribution.evaluate.attribution import score_article
from attribution.evaluate.gold import GoldStatement, load_gold_article
from attribution.evaluate.statement_errors import FALSE, MISSED, SPEAKER, error_listing, statement_errors

AP = "ap-video-north-korean-soldiers"


def _own_voice_words(analyzed) -> str:
    """Words of a sentence the outlet says in its own voice: a gold statement no system one covers."""
    own = next(s for s in analyzed.statements if s.is_own_voice and len(s.text.split()) >= 6)
    return " ".join(own.text.split()[:6])


def test_each_kind_of_error_is_listed_once_and_matches_the_scores(seed_analyzed):
    analyzed = seed_analyzed[AP]
    gold = load_gold_article(SEED / "gold" / f"{AP}.yaml")
    assert statement_errors(analyzed, gold) == []  # the seed scores 1.000

    first, second, *rest = gold.statements
    invented = GoldStatement(_own_voice_words(analyzed), "Invented Speaker", "person", None, None, "said",
                             "indirect", (), 1, None)
    edited = replace(gold, statements=(replace(first, speaker="Somebody Else"), *rest, invented))
    errors = statement_errors(analyzed, edited)
    kinds = sorted(e.kind for e in errors)
    assert kinds == sorted([SPEAKER, FALSE, MISSED])  # first: wrong speaker; second: dropped; invented: missed
    scores = score_article(analyzed, edited).statements
    assert (scores.fp, scores.fn) == (kinds.count(SPEAKER) + kinds.count(FALSE), kinds.count(SPEAKER) + kinds.count(MISSED))

    by_kind = {e.kind: e for e in errors}
    assert by_kind[SPEAKER].gold.speaker == "Somebody Else" and by_kind[SPEAKER].system.speaker == first.speaker
    assert by_kind[FALSE].gold is None and by_kind[FALSE].system.text.startswith(second.text[:20])
    missed = by_kind[MISSED]
    assert missed.gold is invented and missed.system is None  # own voice: no statement overlaps it
    assert invented.text in missed.sentence

    listing = error_listing([(analyzed, edited)], "gold")
    assert listing.count("\n- SPEAKER ") == listing.count("\n- FALSE   ") == listing.count("\n- MISSED  ") == 1
    assert f"## {AP}" in listing and "Somebody Else" in listing


def test_the_cli_writes_the_listing_for_a_gold_folder(tmp_path, models, seed_analyzed, capsys):
    cache = tmp_path / "parses.sqlite"
    with ParseCache(cache) as store:
        store.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    gold = tmp_path / "gold"
    shutil.copytree(SEED / "gold", gold)
    path = gold / f"{AP}.yaml"
    text = path.read_text(encoding="utf-8")
    speaker = re.search(r"\n    speaker: (.+)\n", text)
    assert speaker is not None
    path.write_text(text[:speaker.start(1)] + "Somebody Else" + text[speaker.end(1):], encoding="utf-8")

    errors = tmp_path / "errors.md"
    code = main(["evaluate", "-q", str(SEED / "articles"), "--gold", str(gold), "--cache", str(cache),
                 "--errors", str(errors)])
    assert code == 0
    assert f"statement errors written to {errors}" in capsys.readouterr().out
    listing = errors.read_text(encoding="utf-8")
    assert listing.count("\n- SPEAKER ") == 1 and "\n- MISSED " not in listing and "\n- FALSE " not in listing
    assert "gold speaker 'Somebody Else'" in listing and f"## {AP}" in listing
    assert "abc-north-korean-soldiers-training" not in listing  # an article without errors is left out
