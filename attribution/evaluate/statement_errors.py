"""Every statement error against our own gold format, listed for people who tune the lexicons.

The statement scores (attribution.py) say how many statements are wrong; this says which ones:
each gold statement the system misses, each one whose content it finds with another speaker, and
each system statement no gold statement matches, with the sentence it lies in. A miss also shows
the system statement whose content overlaps it in the text (if one does), so a content span that
is too short or too long is told apart from a frame that was not seen at all. The pairing is the
one the scores count from (:func:`attribution.evaluate.attribution.pair_statements`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.evaluate.attribution import pair_statements
from attribution.evaluate.gold import GoldArticle, GoldStatement, locate
from attribution.evaluate.matching import JACCARD_THRESHOLD, jaccard
from attribution.pipeline import AnalyzedArticle
from attribution.records import Statement

MISSED, SPEAKER, FALSE = "MISSED", "SPEAKER", "FALSE"


@dataclass(frozen=True)
class StatementError:
    """One error: ``kind`` is MISSED (gold without a match), SPEAKER (content matched, speaker
    not) or FALSE (a system statement without a gold match); ``system`` of a MISSED is the
    system statement overlapping it in the text that is most alike in words, if any."""

    kind: str
    gold: GoldStatement | None
    system: Statement | None
    sentence: str
    overlap: float = 0.0


def _sentence(analyzed: AnalyzedArticle, offset: int | None) -> str:
    sentence = analyzed.doc.sentence_at(offset) if offset is not None else None
    return " ".join(sentence.text_of(analyzed.article.body).split()) if sentence else ""


def _gold_offset(analyzed: AnalyzedArticle, gold: GoldStatement) -> int | None:
    span = locate(analyzed.article.body, gold.text, gold.occurrence)
    return span[0] if span else None


def _nearest(gold: GoldStatement, offset: int | None, system: Sequence[Statement]) -> tuple[float, Statement | None]:
    """The system statement whose content overlaps the gold content in the text, the most alike
    by words: what the system made of that passage (None when nothing overlaps it)."""
    if offset is None:
        return 0.0, None
    end = offset + len(gold.text)
    overlapping = [(jaccard(gold.text, s.text), s) for s in system if s.start < end and offset < s.end]
    return max(overlapping, key=lambda pair: pair[0], default=(0.0, None))


def statement_errors(analyzed: AnalyzedArticle, gold: GoldArticle) -> list[StatementError]:
    """The errors of one article, in the order of the text."""
    paired = pair_statements(analyzed, gold)
    full_g = {gi for gi, _, _ in paired.full_pairs}
    full_s = {si for _, si, _ in paired.full_pairs}
    by_content = {gi: si for gi, si, _ in paired.content_pairs if gi not in full_g and si not in full_s}
    errors: list[tuple[int, StatementError]] = []
    for gi, g in enumerate(paired.golds):
        if gi in full_g:
            continue
        offset = _gold_offset(analyzed, g)
        if gi in by_content:
            s = paired.system[by_content[gi]]
            errors.append((s.start if offset is None else offset, StatementError(SPEAKER, g, s, _sentence(analyzed, s.start))))
            continue
        overlap, nearest = _nearest(g, offset, paired.system)
        errors.append((0 if offset is None else offset, StatementError(MISSED, g, nearest, _sentence(analyzed, offset), overlap)))
    taken = full_s | set(by_content.values())
    for si, s in enumerate(paired.system):
        if si not in taken:
            errors.append((s.start, StatementError(FALSE, None, s, _sentence(analyzed, s.start))))
    return [e for _, e in sorted(errors, key=lambda pair: pair[0])]


def _system_words(s: Statement) -> str:
    mention = s.mention.text if s.mention else "-"
    cue = s.cue.text if s.cue else "-"
    return f"speaker '{s.speaker}' (mention '{mention}'), cue '{cue}'"


def _lines(error: StatementError) -> list[str]:
    g, s = error.gold, error.system
    if error.kind == FALSE and s is not None:
        return [f"- FALSE   {_system_words(s)}: {' '.join(s.text.split())}", f"          sentence: {error.sentence}"]
    assert g is not None
    head = f"gold speaker '{g.speaker}' (mention '{g.mention or '-'}'), cue '{g.cue or '-'}'"
    lines = [f"- {error.kind:<7} {head}: {' '.join(g.text.split())}"]
    if error.kind == SPEAKER and s is not None:
        lines.append(f"          system {_system_words(s)}")
    elif s is not None:
        lines.append(f"          overlapping system content (Jaccard {error.overlap:.2f}), {_system_words(s)}: "
                     f"{' '.join(s.text.split())}")
    lines.append(f"          sentence: {error.sentence}")
    return lines


def error_listing(pairs: Sequence[tuple[AnalyzedArticle, GoldArticle]], gold_name: str) -> str:
    """Every statement error of every article, as a readable Markdown list."""
    lines = [f"# Statement errors against {gold_name}", "",
             f"MISSED: a gold statement no system statement matches (content Jaccard >= {JACCARD_THRESHOLD} and the same "
             "speaker); SPEAKER: its content is found with another speaker; FALSE: a system statement "
             "that matches no gold statement.", ""]
    for analyzed, gold in pairs:
        errors = statement_errors(analyzed, gold)
        if not errors:
            continue
        lines.append(f"## {gold.article}")
        for error in errors:
            lines += _lines(error)
        lines.append("")
    return "\n".join(lines)
