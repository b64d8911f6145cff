"""Stories from metadata and from whole-text similarity; the alignment YAML and its overlays."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from attribution.align.stories import AUTO_PREFIX, group_stories
from attribution.align.tuning import load_tuning
from attribution.yamlfile import YamlError

TUNING = load_tuning().stories


def words(text: str) -> Counter[str]:
    return Counter(text.split())


QUAKE_A = words("earthquake struck coast magnitude tsunami warning residents fled buildings collapsed earthquake rescue")
QUAKE_B = words("magnitude earthquake coast tsunami warning buildings collapsed rescue teams earthquake residents")
ELECTION = words("election votes counted candidate parliament seats coalition turnout ballots campaign")
FOOTBALL = words("match goal striker penalty referee league points stadium fans coach")


def test_metadata_story_decides_and_loose_articles_group_by_similarity():
    stories = group_stories(
        ["s1", "s1", None, None, None, None],
        [None] * 6,
        [ELECTION, FOOTBALL, QUAKE_A, QUAKE_B, ELECTION + FOOTBALL, FOOTBALL],
        ["a", "b", "c", "d", "e", "f"],
        TUNING,
    )
    by_members = {s.members: s for s in stories}
    assert by_members[(0, 1)].story_id == "s1" and by_members[(0, 1)].from_metadata
    # the two earthquake reports form a story; metadata groups are not joined by similarity
    assert by_members[(2, 3)].story_id == AUTO_PREFIX + "c"
    assert not by_members[(2, 3)].from_metadata
    assert all(len(s.members) == 1 for s in stories if s.members not in ((0, 1), (2, 3)) and 4 not in s.members and 5 not in s.members)


def test_unrelated_articles_stay_alone():
    stories = group_stories([None] * 3, [None] * 3, [QUAKE_A, ELECTION, FOOTBALL], ["a", "b", "c"], TUNING)
    assert sorted(s.members for s in stories) == [(0,), (1,), (2,)]


def test_articles_far_apart_in_time_are_different_stories():
    together = group_stories([None, None], ["2024-10-23", "2024-10-25"], [QUAKE_A, QUAKE_B], ["a", "b"], TUNING)
    assert [s.members for s in together] == [(0, 1)]
    apart = group_stories([None, None], ["2011-03-11", "2024-01-01"], [QUAKE_A, QUAKE_B], ["a", "b"], TUNING)
    assert sorted(s.members for s in apart) == [(0,), (1,)]


def test_tuning_overlay_changes_only_what_it_names(tmp_path: Path):
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("similarity:\n  weights:\n    names: 0.3\nstories:\n  threshold: 0.5\n", encoding="utf-8")
    shipped = load_tuning()
    mine = load_tuning(overlay)
    assert mine.similarity.weights["names"] == 0.3
    assert mine.similarity.weights["content"] == shipped.similarity.weights["content"]
    assert mine.stories.threshold == 0.5
    assert mine.synonym_groups == shipped.synonym_groups
    assert mine.files[-1] == str(overlay)


@pytest.mark.parametrize(("text", "message"), [
    ("similarity:\n  min_content: 2\n", "'similarity.min_content' must be a number from 0.0 to 1.0"),
    ("similarity:\n  weights:\n    content: 0\n", "must be above 0"),
    ("nonsense:\n  x: 1\n", "unknown section 'nonsense'"),
    ("synonyms:\n  groups: [[lonely]]\n", "'synonyms.groups' must be a list of word lists"),
])
def test_bad_tuning_names_file_and_line(tmp_path: Path, text: str, message: str):
    overlay = tmp_path / "bad.yaml"
    overlay.write_text(text, encoding="utf-8")
    with pytest.raises(YamlError) as caught:
        load_tuning(overlay)
    assert message in str(caught.value)
    assert str(overlay) in str(caught.value)
    assert caught.value.line is not None


def test_shipped_tuning_documents_every_section():
    from attribution.resources import lexicons_dir
    from attribution.yamlfile import load_yaml

    data = load_yaml(lexicons_dir() / "alignment.yaml")
    assert data["description"]
    for name, section in data.items():
        if isinstance(section, dict):
            assert section.get("description"), f"section '{name}' has no description"
