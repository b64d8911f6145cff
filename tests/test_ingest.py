"""Ingest: boilerplate removal against the seed gold, the formats, and every kind of bad input."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from attribution.config import IngestSettings, Limits, Settings
from attribution.ingest import Problem, ingest
from attribution.records import Article

from .conftest import EXAMPLES, SEED


def _collect(paths: list[Path], settings: Settings | None = None) -> tuple[list[Article], list[Problem]]:
    items = list(ingest(paths, settings or Settings()))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def _lines(body: str) -> set[str]:
    return {" ".join(line.split()) for line in body.split("\n")}


@pytest.mark.parametrize("article_id", ["ap-video-north-korean-soldiers", "abc-north-korean-soldiers-training"])
def test_boilerplate_removal_matches_seed_gold(seed_articles: dict[str, Article], article_id: str) -> None:
    gold = yaml.safe_load((SEED / "gold" / f"{article_id}.yaml").read_text(encoding="utf-8"))
    article = seed_articles[article_id]
    body = article.body
    assert body.startswith(gold["body"]["first"])
    assert body.endswith(gold["body"]["last"])
    kept = [line for line in gold["body"]["boilerplate"] if " ".join(line.split()) in _lines(body)]
    assert kept == []
    for caption in gold["body"]["captions"]:
        assert caption in article.captions
        assert caption not in body
    for subheading in gold["body"].get("subheadings", []):
        assert subheading in body  # subheadings inside the story are part of it
    for statement in gold["statements"]:
        assert statement["text"] in body


def test_seed_metadata_comes_from_sidecars(seed_articles: dict[str, Article]) -> None:
    abc = seed_articles["abc-north-korean-soldiers-training"]
    assert abc.outlet == "ABC News (Australia)"
    assert abc.publisher == "NZCity"
    assert abc.published == "2024-10-23"  # an unquoted YAML date becomes an ISO string
    assert abc.story == "north-korea-troops-2024"
    assert seed_articles["ap-video-north-korean-soldiers"].outlet == "Associated Press"


def test_wikinews_examples_title_dateline_and_captions() -> None:
    articles, problems = _collect([EXAMPLES])
    assert problems == []
    assert len(articles) == 24  # LICENSE-NOTE.txt and the sidecars are not articles
    by_id = {a.article_id: a for a in articles}
    afghan = by_id["afghan"]
    assert afghan.title.startswith("After visa snags")
    assert not afghan.body.startswith("Friday, July 21, 2017")
    assert afghan.body.startswith("A group of Afghan teenagers")
    assert any("Image: United States Navy" in c for c in afghan.captions)
    assert "Image: United States Navy" not in afghan.body
    # the Wikinews source list and category line after the story are not body
    assert "Categories:" not in by_id["sensitive"].body
    assert len(by_id["expo"].captions) >= 6


def test_body_lines_are_kept_verbatim(seed_articles: dict[str, Article]) -> None:
    raw = (SEED / "articles" / "abc-north-korean-soldiers-training.txt").read_text(encoding="utf-8")
    for paragraph in seed_articles["abc-north-korean-soldiers-training"].body.split("\n\n"):
        assert paragraph in raw


def test_html_page_through_trafilatura(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        """<!doctype html><html><head><title>Site | Story</title>
        <meta property="og:site_name" content="The Daily Example">
        <meta property="article:published_time" content="2024-10-22T10:00:00Z">
        <meta property="og:title" content="Officials say the bridge will reopen">
        </head><body><nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
        <article><h1>Officials say the bridge will reopen</h1>
        <p>The bridge over the river will reopen next week, city officials said on Tuesday, after
        repairs that took more than a year and cost far more than planned.</p>
        <figure><img src="bridge.jpg"><figcaption>The bridge under repair in May.</figcaption></figure>
        <p>"We are confident the work is finished," said Maria Lopez, the city engineer, adding that
        inspectors had approved the structure after a final round of load tests.</p>
        </article><footer>© 2024 The Daily Example. All rights reserved.</footer></body></html>""",
        encoding="utf-8",
    )
    articles, problems = _collect([page])
    assert problems == []
    [article] = articles
    assert article.outlet == "The Daily Example"
    assert article.published == "2024-10-22"
    assert "Officials say the bridge will reopen" in (article.title or "")
    assert article.body.startswith("The bridge over the river will reopen next week")
    assert "said Maria Lopez" in article.body
    assert "Home" not in article.body and "©" not in article.body
    assert article.captions == ("The bridge under repair in May.",)


def test_jsonl_and_csv_rows_with_a_bad_line_each(tmp_path: Path) -> None:
    jsonl = tmp_path / "batch.jsonl"
    good = {"id": "a1", "outlet": "Wire", "title": "T", "url": "https://example.org/a1", "published": "2024-01-02",
            "text": "The minister said the plan would go ahead. Critics disagreed with the decision strongly."}
    jsonl.write_text(
        json.dumps(good) + "\n" + '{"id": "a2", "text": "broken\n' + json.dumps({**good, "id": "a3"}) + "\n"
        + json.dumps({"id": "a4", "outlet": "Wire"}) + "\n",
        encoding="utf-8",
    )
    csv_file = tmp_path / "batch.csv"
    csv_file.write_text(
        "id,outlet,title,url,published,text\n"
        'c1,Paper,Title,https://example.org/c1,2024-02-03,"Police said the road was closed. Drivers were told to avoid the area."\n'
        "c2,Paper,Empty,,,\n",
        encoding="utf-8",
    )
    articles, problems = _collect([jsonl, csv_file])
    assert [a.article_id for a in articles] == ["a1", "a3", "c1"]
    assert articles[0].outlet == "Wire" and articles[0].url == "https://example.org/a1"
    located = {(Path(p.path).name, p.line) for p in problems}
    assert ("batch.jsonl", 2) in located  # malformed JSON, named with its line
    assert ("batch.jsonl", 4) in located  # no text
    assert ("batch.csv", 3) in located
    assert all(p.severity == "error" for p in problems)
    malformed = next(p for p in problems if p.line == 2)
    assert "malformed JSON" in malformed.message


def test_bad_inputs_each_get_one_clear_message_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Title line\n\nThe council said on Monday that the library would stay open all summer.\n", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Headline\n\nThe mayor said the café would reopen after the holidays, officials confirmed.\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    furniture = tmp_path / "furniture.txt"
    furniture.write_text("Skip to main content\n• Home\n• Sport\n• Weather\nLoading...\n© 2024 Example Ltd\n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\x00\x01\x02\x00binary" * 50)
    broken_meta = tmp_path / "meta-broken.txt"
    broken_meta.write_text("Headline\n\nThe agency said the figures were provisional and could change next month.\n", encoding="utf-8")
    (tmp_path / "meta-broken.meta.yaml").write_text("outlet: Good\ntitle: [unclosed\n", encoding="utf-8")
    missing = tmp_path / "nope.txt"

    articles, problems = _collect([good, latin, empty, furniture, binary, broken_meta, missing])
    ids = {a.article_id for a in articles}
    assert ids == {"good", "latin1", "meta-broken"}
    by_file = {Path(p.path).name: p for p in problems}
    assert by_file["latin1.txt"].severity == "warning" and by_file["latin1.txt"].line == 3
    assert "UTF-8" in by_file["latin1.txt"].message
    latin_article = next(a for a in articles if a.article_id == "latin1")
    assert "\ufffd" in latin_article.body and latin_article.warnings
    assert by_file["empty.txt"].message == "empty file"
    assert "boilerplate" in by_file["furniture.txt"].message
    assert "binary" in by_file["scan.txt"].message
    assert by_file["nope.txt"].message == "no such file or folder"
    meta = by_file["meta-broken.meta.yaml"]
    assert meta.severity == "warning" and meta.line == 2 and "broken YAML" in meta.message
    for name in ("empty.txt", "furniture.txt", "scan.txt", "nope.txt"):
        assert by_file[name].severity == "error"
    assert len(problems) == 6  # one message per bad input


def test_limits_and_keep_boilerplate(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "The report said the numbers were rising. " * 50, encoding="utf-8")
    small_limit = replace(Settings(), limits=Limits(max_article_bytes=100))
    _, problems = _collect([big], small_limit)
    assert "over the limit" in problems[0].message
    raw = tmp_path / "raw.txt"
    raw.write_text("Menu\n\nOfficials said the river had peaked.\n", encoding="utf-8")
    keep = replace(Settings(), ingest=IngestSettings(remove_boilerplate=False))
    [article], _ = _collect([raw], keep)
    assert article.body.startswith("Menu")


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(
            "Headline\n\nThe company said profits had fallen for a third year in a row.\n", encoding="utf-8")
    articles, problems = _collect([tmp_path])
    assert sorted(a.article_id for a in articles) == ["story", "story-2"]
    assert any("already used" in p.message for p in problems)


def test_prose_bullets_are_body_and_menu_bullets_and_timestamps_are_not() -> None:
    """A live page's summary bullets are sentences (kept, without the mark); a menu's are a few
    words; a "Published: ... | Updated: ..." line is a timestamp, not the article's first line."""
    from attribution.ingest import BoilerplateRules, clean_page

    page = "\n".join([
        "River floods the old town",
        "",
        "  • News",
        "  • Weather",
        "  •   Home > News > Local",
        "Published: Mar. 3, 2021 at 9:15 AM EST|Updated: 2 hours ago",
        "",
        "  • The mayor said the water had reached the first floors of the houses near the bridge",
        "",
        "  • Engineers fear the old dam may not hold if the rain goes on through the night",
        "",
        "The river rose by two metres overnight, officials said, and the army was called in to help.",
        "",
        "Residents were told to leave their homes before the evening, the council said on its website.",
    ])
    clean = clean_page(page, BoilerplateRules.load())
    paragraphs = clean.body.split("\n\n")
    assert paragraphs[0] == "The mayor said the water had reached the first floors of the houses near the bridge"
    assert paragraphs[1].startswith("Engineers fear the old dam")
    assert len(paragraphs) == 4
    assert "Published" not in clean.body and "Weather" not in clean.body and "•" not in clean.body
    assert all(p in page for p in paragraphs)  # every paragraph still a span of the page


def _clean(*lines: str):
    from attribution.ingest import BoilerplateRules, clean_page

    return clean_page("\n\n".join(lines), BoilerplateRules.load())


_PARAGRAPH_1 = "The council said on Monday that the new bridge over the river would open in the spring."
_PARAGRAPH_2 = "Engineers had warned for years that the old bridge could not carry lorries, the mayor said."
_PARAGRAPH_3 = "Work on the approach roads will start next month and last about six weeks, officials added."


def test_body_opens_on_a_sentence_and_a_lead_caption_fragment_is_kept_apart() -> None:
    """After the dateline, a lower-case fragment or an unpunctuated label is the lead photo's
    caption, not the first line of the body."""
    for lead in ("workers on the old bridge in 2009.", "The old bridge over the river at dawn"):
        clean = _clean("Bridge to open in spring", "Monday, March 1, 2021", lead, _PARAGRAPH_1, _PARAGRAPH_2)
        assert clean.body.startswith(_PARAGRAPH_1), lead
        assert clean.captions == (lead,)


def test_video_audio_and_file_credits_are_captions() -> None:
    credits = (
        "Opening night of the exhibition at the town museum, in March. Video: J. Smith.",
        "Full interview with the curator of the exhibition at the museum. Audio: K. Jones.",
        "Jane Doe of the Green Party; from file, 2008.",
    )
    clean = _clean("Bridge to open in spring", _PARAGRAPH_1, credits[0], _PARAGRAPH_2, credits[1], credits[2],
                   _PARAGRAPH_3)
    assert clean.captions == credits
    assert not any(c in clean.body for c in credits)
    assert clean.body.endswith(_PARAGRAPH_3)


def test_pull_quotes_are_kept_apart() -> None:
    """A pull quote repeats a passage of the body, or is a quotation with a dash and a name after it."""
    quote = "The bridge will change the lives of everyone who has to cross the river every day."
    repeated = quote + " Anna Berg"
    dashed = '"We waited twenty years for this, and it was worth the wait." - Anna Berg'
    clean = _clean("Bridge to open in spring", _PARAGRAPH_1, repeated, f'"{quote}" said Anna Berg, who lives nearby.',
                   dashed, _PARAGRAPH_2, _PARAGRAPH_3)
    assert clean.captions == (repeated, dashed)
    assert f'"{quote}" said Anna Berg' in clean.body


def test_a_row_of_photo_labels_is_captions_but_a_subheading_stays() -> None:
    """Two or more labels with no sentence between them name photos; a lone heading before a
    paragraph is a subheading and stays in the body."""
    clean = _clean("Bridge to open in spring", _PARAGRAPH_1, "Anna Berg of the Green Party", "Mayor Tom Hill",
                   _PARAGRAPH_2, "Next steps", _PARAGRAPH_3)
    assert clean.captions == ("Anna Berg of the Green Party", "Mayor Tom Hill")
    assert "Next steps" in clean.body.split("\n\n")


def test_gallery_section_labels_after_the_body_are_captions() -> None:
    clean = _clean("Bridge to open in spring", _PARAGRAPH_1, _PARAGRAPH_2, _PARAGRAPH_3, "Night views",
                   "The bridge lit up at night. Image: J. Smith.", "From the river",
                   "A boat passes under the bridge. Image: J. Smith.")
    assert clean.captions == ("Night views", "The bridge lit up at night. Image: J. Smith.", "From the river",
                              "A boat passes under the bridge. Image: J. Smith.")
    assert clean.body.endswith(_PARAGRAPH_3)
