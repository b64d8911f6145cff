"""The speech-verb attributions of a brat corpus that attribution misses, grouped by construction:
what to fix first in the frame rules.

    python bench/mine_speech_misses.py [CORPUS_DIR] [--cache FILE] [--top 40] [--show KEY] [--limit N] [--dump FILE] [--false FILE] [--class belief,intention]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev; a subset
folder of train with the same layout works too). A gold attribution is missed as the coverage
score says (attribution/evaluate/coverage.py: no unit covers half its content's words); only
gold cues of class speech or writing are counted (``--class`` names others, comma-separated). Each miss is described by

* ``status``: what the system made of it: ``no cue`` (no statement's cue lies in the gold cue),
  ``cue, content elsewhere`` (a statement has the gold cue, its content covers too little),
  ``partly covered`` (some unit covers part of the content, by another cue);
* ``shape``: the cue word's own relation in the parse, where the gold content's top words hang
  (``ccomp`` under the cue, ``head`` when the content governs the cue, as in a parenthetical
  frame, ``sibling``, ``other``, ``next sentence``...), and where the content lies (before, after
  or around the cue; one sentence or several);
* the cue lemma.

Prints counts only; ``--show KEY`` (a substring of "lemma: status | shape") prints the cue,
content and sentence of up to 15 (``--limit N``) misses that match; ``--dump FILE`` writes every miss so as JSON lines (outside the repository), ``--false FILE`` the units that lie in no gold
content, to compare two versions of the rules, to read on the screen, never to commit.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from attribution.config import load_settings
from attribution.document import ParsedDoc, Sentence, Word
from attribution.engine.local import Analyzer, RunSummary
from attribution.evaluate.brat import BratAttribution, load_brat_corpus
from attribution.evaluate.coverage import cue_classes, cue_lemma, score_article, units_of, _word_index, _words_in

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
SPEECH = ("cue: speech", "cue: writing")


def _overlaps(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _inside(word: Word, spans) -> bool:
    return any(s <= word.start < e for s, e in spans)


def _cue_word(doc: ParsedDoc, g: BratAttribution) -> tuple[Sentence, Word] | None:
    found = [(s, w) for s in doc.sentences for w in s.words if w.upos != "PUNCT" and _overlaps([(w.start, w.end)], g.cue)]
    for upos in ("VERB", "AUX", "NOUN", "ADJ"):
        chosen = [p for p in found if p[1].upos == upos]
        if chosen:
            return chosen[0]
    return found[0] if found else None


def _top_words(doc: ParsedDoc, spans) -> list[tuple[Sentence, Word]]:
    tops = []
    for sentence in doc.sentences:
        inside = [w for w in sentence.words if _inside(w, spans) and w.upos != "PUNCT"]
        ids = {w.id for w in inside}
        tops += [(sentence, w) for w in inside if w.head not in ids]
    return tops


def _relation(sentence: Sentence, cue: Word, top: Word) -> str:
    if top.head == cue.id:
        return top.deprel
    if cue.head == top.id:
        return f"head({cue.deprel})"
    if top.head == cue.head:
        return f"sibling({cue.deprel}/{top.deprel})"
    ancestors = {a.id for a in sentence.ancestors(top)}
    if cue.id in ancestors:
        return "below"
    if top.id in {a.id for a in sentence.ancestors(cue)}:
        return "above"
    return "other"


def shape(doc: ParsedDoc, g: BratAttribution) -> str:
    """The construction of one gold attribution in the parse (see the module docstring)."""
    found = _cue_word(doc, g)
    if found is None:
        return "no cue word"
    sentence, cue = found
    tops = _top_words(doc, g.content)
    same = [w for s, w in tops if s.index == sentence.index]
    where = "before" if g.content[-1][1] <= g.cue[0][0] else "after" if g.content[0][0] >= g.cue[-1][1] else "around"
    sentences = len({s.index for s, _ in tops})
    if not same:
        other = "prev sentence" if tops and tops[0][0].index < sentence.index else "next sentence"
        return f"{cue.upos}:{cue.deprel} | {other} | {where}, {sentences} sent"
    rels = sorted({_relation(sentence, cue, w) for w in same})
    return f"{cue.upos}:{cue.deprel} | {'+'.join(rels)[:40]} | {where}, {sentences} sent"


def status(analyzed, g: BratAttribution) -> str:
    body = analyzed.article.body
    index = _word_index(body)
    words = _words_in(index, g.content)
    units = units_of(analyzed.statements, body, index)
    cued = [u for u in units if any(s.cue and _overlaps([(s.cue.start, s.cue.end)], g.cue) for s in u.statements)]
    if cued:
        return "cue, content elsewhere"
    if any(u.words & words for u in units):
        return "partly covered"
    return "no cue"


def main() -> None:
    argv = sys.argv[1:]
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 40
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    dump = open(argv[argv.index("--dump") + 1], "w", encoding="utf-8") if "--dump" in argv else None
    false = open(argv[argv.index("--false") + 1], "w", encoding="utf-8") if "--false" in argv else None
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 15
    wanted = tuple(f"cue: {c}" for c in argv[argv.index("--class") + 1].split(",")) if "--class" in argv else SPEECH
    skip = {i + 1 for i, a in enumerate(argv) if a in ("--cache", "--top", "--show", "--limit", "--dump", "--false", "--class")}
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
    folder = Path(args[0]) if args else DEFAULT
    settings = load_settings(cache_path=cache, threads=1)
    analyzer = Analyzer(settings)
    gold = load_brat_corpus(folder)
    summary = RunSummary(out_dir=Path("."))
    by_id = {g.article.article_id: g for g in gold}
    statuses: Counter = Counter()
    shapes: Counter = Counter()
    lemmas: Counter = Counter()
    total = 0
    shown = 0
    try:
        classes = cue_classes(analyzer.lexicon)
        for analyzed in analyzer.analyzed_articles([g.article for g in gold], summary, analyzer.reporter(summary)):
            result = score_article(analyzed, by_id[analyzed.article.article_id], classes)
            total += sum(n for group, (_, n) in result.recall_by.items() if group in wanted)
            for unit, cue in result.false_alarms if false is not None else ():
                false.write(json.dumps({"article": analyzed.article.article_id, "cue": cue,
                                        "entry": unit.statements[0].cue.entry if unit.statements[0].cue else None,
                                        "text": " ".join(unit.statements[0].text.split())}) + "\n")
            for g, lemma in result.misses:
                if f"cue: {classes.get(lemma.split()[0] if lemma else lemma, 'unlisted')}" not in wanted:
                    continue
                st, sh = status(analyzed, g), shape(analyzed.doc, g)
                statuses[st] += 1
                shapes[(st, sh)] += 1
                lemmas[lemma] += 1
                first = g.cue[0][0] if g.cue else g.content[0][0]  # a few gold items have no cue span
                if dump is not None:
                    sentence = analyzed.doc.sentence_at(first)
                    dump.write(json.dumps({"key": f"{lemma}: {st} | {sh}", "cue": g.cue_text, "source": g.source_text,
                                           "content": " ".join(g.content_text.split()),
                                           "sentence": " ".join(sentence.text_of(analyzed.article.body).split()) if sentence else ""}) + "\n")
                if show and show in f"{lemma}: {st} | {sh}" and shown < limit:
                    shown += 1
                    sentence = analyzed.doc.sentence_at(first)
                    text = " ".join(sentence.text_of(analyzed.article.body).split()) if sentence else ""
                    print(f"[{lemma}: {st} | {sh}] cue '{g.cue_text}' src '{g.source_text}'\n  content: "
                          f"{' '.join(g.content_text.split())[:300]}\n  sentence: {text[:400]}\n")
    finally:
        analyzer.close()
    missed = sum(statuses.values())
    print(f"{len(gold)} articles of {folder}: {missed} of {total} {'/'.join(c[5:] for c in wanted)}-cue gold attributions missed")
    print("\nby status")
    for key, n in statuses.most_common():
        print(f"  {key:<28} {n:5d}")
    print(f"\nby status and shape (cue tag:relation | content's top words | place), top {top}")
    for (st, sh), n in shapes.most_common(top):
        print(f"  {n:5d}  {st:<24} {sh}")
    print(f"\nby cue lemma, top {top}")
    for key, n in lemmas.most_common(top):
        print(f"  {key:<28} {n:5d}")


if __name__ == "__main__":
    main()
