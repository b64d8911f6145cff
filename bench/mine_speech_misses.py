"""The speech-verb attributions of a brat corpus that attribution misses, grouped by construction:
what to fix first in the frame rules.

    python bench/mine_speech_misses.py [CORPUS_DIR] [--cache FILE] [--top 40] [--show KEY] [--limit N] [--dump FILE] [--false FILE] [--class belief,intention] [--lemma say,tell]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev; a subset
folder of train with the same layout works too). A gold attribution is missed as the coverage
score says (attribution/evaluate/coverage.py: no unit covers half its content's words); only
gold cues of class speech or writing are counted (``--class`` names others, comma-separated;
``--lemma`` keeps only gold cues whose head lemma is one of those named). Each miss is described by

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
from collections import Counter
from pathlib import Path

from attribution.config import load_settings
from attribution.document import ParsedDoc, Sentence, Word
from attribution.engine.local import Analyzer, RunSummary
from attribution.evaluate.brat import BratAttribution, load_brat_corpus
from attribution.evaluate.coverage import cue_classes, cue_lemma, score_article, units_of, _word_index, _words_in

from polnear_corpus import corpus_arguments  # bench/, beside this script

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
    parser = corpus_arguments(__doc__)
    parser.add_argument("--top", type=int, default=40, metavar="N", help="how many rows each table prints (40)")
    parser.add_argument("--show", metavar="KEY", help='print the misses whose "lemma: status | shape" holds KEY')
    parser.add_argument("--limit", type=int, default=15, metavar="N", help="how many misses --show prints (15)")
    parser.add_argument("--dump", metavar="FILE", help="write every miss to FILE as JSON lines (outside the repository)")
    parser.add_argument("--false", metavar="FILE", help="write the units in no gold content to FILE as JSON lines")
    parser.add_argument("--class", dest="classes", metavar="A,B", help="count gold cues of these classes, not speech and writing")
    parser.add_argument("--lemma", metavar="A,B", help="count only gold cues with one of these head lemmas")
    args = parser.parse_args()
    only = frozenset(args.lemma.split(",")) if args.lemma is not None else None
    top, show, limit = args.top, args.show, args.limit
    dump = open(args.dump, "w", encoding="utf-8") if args.dump is not None else None
    false = open(args.false, "w", encoding="utf-8") if args.false is not None else None
    wanted = tuple(f"cue: {c}" for c in args.classes.split(",")) if args.classes is not None else SPEECH
    settings = load_settings(cache_path=args.cache, threads=1)
    analyzer = Analyzer(settings)
    gold = load_brat_corpus(args.folder)
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
                if only is not None and (lemma.split()[0] if lemma else lemma) not in only:
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
    print(f"{len(gold)} articles of {args.folder}: {missed} of {total} {'/'.join(c[5:] for c in wanted)}-cue gold attributions missed")
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
