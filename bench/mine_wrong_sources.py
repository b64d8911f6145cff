"""Why attribution finds a PolNeAR content but not its source: the wrong sources classified by cause.

    python bench/mine_wrong_sources.py [CORPUS_DIR] [--cache FILE] [--show CAUSE]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev; a subset
folder of train with the same layout works too). Parses go through the parse cache. A wrong
source is a gold attribution whose content a unit covers (coverage's *found*) while the unit's
speaker mention is not its source (attribution/evaluate/coverage.py, ``counterpart_unit`` and
``_same_source``). Each is
put in one cause, the first that fits:

* ``no mention``: the statement has no speaker phrase at all;
* ``nested``: the system cue lies inside the gold content (an inner frame "X said Y said ...");
* ``outer``: the gold cue lies inside the system content (we took the outer frame of a nest);
* ``other cue``: the system cue is elsewhere (another frame of the sentence or of an earlier one);
* with the right cue: ``gold relative`` (the gold source is a relative pronoun), ``gold passive
  agent`` ("by X"), ``gold possessor`` ("X's statement"), ``mention in content`` (our speaker is
  a phrase inside the content), ``other sentence`` (our mention lies in another sentence),
  ``coordinated`` (the gold source or mention is a conjunct), ``mention beside gold`` (both are
  dependants of the cue), else ``right cue, other``.

Prints counts by cause, and by the gold source's and the mention's relation to the cue; with
``--show CAUSE`` also the gold cue heads (lemma and tag) of that cause and its first 40 cases as dependency relations and word shapes
(no corpus text; ``--text`` adds the sentences, for reading on the console only).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from attribution.attribute import attribute
from attribution.attribute.words import speaker_words
from attribution.document import ParsedDoc, Sentence, Word
from attribution.evaluate.brat import BratAttribution
from attribution.evaluate.coverage import HALF, Unit, _same_source, _word_index, _words_in, counterpart_unit, units_of

from polnear_corpus import corpus_arguments, parsed_corpus  # bench/, beside this script

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


def _inside(spans, start: int) -> bool:
    return any(a <= start < b for a, b in spans)


def _overlap(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _words_at(doc: ParsedDoc, spans) -> list[tuple[Sentence, Word]]:
    return [(s, w) for s in doc.sentences for w in s.words if w.upos != "PUNCT" and _overlap([(w.start, w.end)], spans)]


def _head(doc: ParsedDoc, spans) -> tuple[Sentence, Word] | None:
    """The word of the spans whose head lies outside them (the phrase's head)."""
    found = _words_at(doc, spans)
    ids = {(s.index, w.id) for s, w in found}
    for s, w in found:
        if (s.index, w.head) not in ids:
            return s, w
    return found[0] if found else None


def _relation(doc: ParsedDoc, phrase, cue) -> str:
    """How a source phrase hangs on the cue: its head's deprel, with the path when not a child."""
    ph, cu = _head(doc, phrase), _head(doc, cue)
    if ph is None or cu is None:
        return "-"
    (ps, pw), (cs, cw) = ph, cu
    if ps.index != cs.index:
        return "other sentence"
    if pw.head == cw.id:
        return pw.deprel
    if cw.head == pw.id:
        return f"cue is {cw.deprel} of it"
    chain = [a.id for a in ps.ancestors(pw)]
    if cw.id in chain:
        return f"{pw.deprel} below cue"
    return f"{pw.deprel} elsewhere"


def _shape(text: str) -> str:
    words = text.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return words[0].lower()
    return "Name" if all(w[:1].isupper() for w in words) else ("the+noun" if words and words[0].lower() == "the" else "phrase")


def classify(doc: ParsedDoc, body: str, g: BratAttribution, unit: Unit, relatives: frozenset[str]) -> str:
    s = unit.statements[0]
    if s.mention is None:
        return "no mention"
    cue = [(s.cue.start, s.cue.end)] if s.cue else []
    mention = [(s.mention.start, s.mention.end)]
    if cue and _inside(g.content, cue[0][0]):
        return "nested"
    if g.cue and any(_inside([(x.start, x.end)], g.cue[0][0]) for x in unit.statements):
        return "outer"
    if not cue or not g.cue or not _overlap(cue, g.cue):
        return "other cue"
    if g.source_text.strip().lower() in relatives:
        return "gold relative"
    before = body[max(0, g.source[0][0] - 4):g.source[0][0]].lower()
    if before.endswith("by "):
        return "gold passive agent"
    if g.source_text.rstrip().endswith(("'s", "’s")):
        return "gold possessor"
    if _inside(g.content, s.mention.start):
        return "mention in content"
    gs, ms = doc.sentence_at(g.source[0][0]), doc.sentence_at(s.mention.start)
    if gs is not None and ms is not None and gs.index != ms.index:
        return "other sentence"
    rel_g, rel_m = _relation(doc, g.source, g.cue), _relation(doc, mention, cue)
    if "conj" in (rel_g.split()[0], rel_m.split()[0]):
        return "coordinated"
    if " " not in rel_g and " " not in rel_m:
        return "mention beside gold"
    return "right cue, other"


def main() -> None:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--show", metavar="CAUSE", help="print the gold cue heads and first 40 cases of CAUSE")
    parser.add_argument("--text", action="store_true", help="--show adds the sentences (console only, never to commit)")
    args = parser.parse_args()
    show = args.show
    parsed, by_id, lexicon = parsed_corpus(args.folder, args.cache)
    relatives = speaker_words(overlays=tuple(Path(p) for p in lexicon.speaker_files)).relative_pronouns
    causes: Counter = Counter()
    relations: Counter = Counter()
    shapes: Counter = Counter()
    gold_heads: Counter = Counter()
    shown: list[str] = []
    total = found_n = 0
    for article, doc in parsed:
        body = article.body
        index = _word_index(body)
        units = units_of(attribute(article, doc, lexicon), body, index)
        for g in by_id[article.article_id].attributions:
            words = _words_in(index, g.content)
            best = counterpart_unit(units, words)
            if best is None or not words or len(best.words & words) < HALF * len(words) or not g.source:
                continue
            total += 1
            if _same_source(best, g, body, relatives):
                found_n += 1
                continue
            cause = classify(doc, body, g, best, relatives)
            causes[cause] += 1
            s = best.statements[0]
            mention = [(s.mention.start, s.mention.end)] if s.mention else []
            cue = [(s.cue.start, s.cue.end)] if s.cue else []
            rel = (f"gold {_relation(doc, g.source, g.cue)} / mention "
                   f"{_relation(doc, mention, cue) if mention and cue else '-'}")
            relations[(cause, rel)] += 1
            shapes[(cause, _shape(g.source_text), _shape(s.mention.text) if s.mention else "-")] += 1
            head = _head(doc, g.cue) if g.cue else None
            gold_heads[(cause, f"{head[1].lemma.lower()}/{head[1].upos}" if head else "-")] += 1
            if cause == show and len(shown) < 40:
                shown.append(f"  {article.article_id}: {rel}; gold {_shape(g.source_text)}, mention "
                             f"{_shape(s.mention.text) if s.mention else '-'}, cue {s.cue.entry if s.cue else '-'} ({s.kind})")
                if args.text:  # for reading on the console only: corpus text, never to be committed
                    sentence = doc.sentence_at(g.cue[0][0] if g.cue else g.content[0][0])
                    shown.append(f"     gold source '{g.source_text}' cue '{g.cue_text}'; system '{s.mention.text if s.mention else '-'}'"
                                 f" cue '{s.cue.text if s.cue else '-'}'; unit: {' '.join(body[s.start:s.end].split())[:160]}")
                    shown.append(f"     {' '.join(sentence.text_of(body).split()) if sentence else ''}")
    print(f"{len(parsed)} articles of {args.folder}: {total} found with a gold source, {found_n} with the right one, "
          f"{total - found_n} wrong")
    print("\nwrong sources by cause")
    for cause, n in causes.most_common():
        print(f"  {cause:<24} {n:5d}")
    print("\nby cause and relation to the cue (gold source / system mention), >= 3")
    for (cause, rel), n in sorted(relations.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if n >= 3:
            print(f"  {cause:<24} {rel:<60} {n:5d}")
    print("\nby cause and shape (gold source, system mention), >= 3")
    for (cause, gs, ms), n in sorted(shapes.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if n >= 3:
            print(f"  {cause:<24} {gs:<10} {ms:<10} {n:5d}")
    if show:
        print(f"\n{show}: gold cue head (lemma/tag), >= 3")
        print("  " + ", ".join(f"{h} {n}" for (c, h), n in gold_heads.most_common() if c == show and n >= 3))
    if shown:
        print(f"\n{show}:")
        print("\n".join(shown))


if __name__ == "__main__":
    main()
