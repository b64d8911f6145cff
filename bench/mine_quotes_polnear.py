"""Why quotations in double quote marks are missed, counted by cause on a PolNeAR folder.

    python bench/mine_quotes_polnear.py [CORPUS_DIR] [--cache FILE] [--show CAUSE] [--n 20]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never tune on dev; the
280-article subset folder works too). Only articles whose parse is in the cache are read: the
script never parses. A gold attribution counts as a quotation as evaluate counts it (its content
holds a double quote mark); it is missed when no unit covers half of its words (the coverage
rule of attribution/evaluate/coverage.py). Each miss gets the first cause that fits:

* ``partial``: a unit covers some of it, less than half (``partial, several sentences``: the
  gold content runs over more than one sentence of the parse; ``, split over units``: several
  units cover half of it together);
* ``no quote found``: none of its words lie inside a quotation ``find_quotes`` sees (marks of
  another kind, marks judged wrongly);
* ``quote inside a clause``: less than half of its words are quoted: reported speech with a
  quoted phrase in it (scare quotes or a partial quotation);
* ``title``: a verbless quotation of capitalised words;
* ``noun frame``: the gold cue is a noun ("his words: ...", "in a statement");
* ``frame in sentence``: the gold cue is in a sentence the quotation reaches, and the system has
  no cue there (``cue found, content elsewhere`` when it has one);
* ``frame before`` / ``frame after``: the cue is in an earlier or a later sentence (the
  paragraph before announcing it, "Smith told reporters. ..."), split by whether the system
  attributed the previous quotation of the article (``, previous quote attributed``);
* ``no cue``: the gold gives no cue.

Prints counts by cause, and the top gold cue lemmas of each; ``--show CAUSE`` prints that many
examples of one cause (article, gold cue, the sentence) to the terminal, for reading only:
nothing of the corpus is written to a file.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from attribution.attribute import attribute
from attribution.attribute.quotes import find_quotes
from attribution.config import load_settings
from attribution.document import ParsedDoc
from attribution.engine.local import Analyzer
from attribution.evaluate.brat import load_brat_corpus
from attribution.evaluate.coverage import _DOUBLE_QUOTES, HALF, _word_index, _words_in, units_of
from attribution.parse import paragraph_starts
from attribution.cache import parse_identity

from polnear_corpus import corpus_arguments  # bench/, beside this script


def _cached(analyzer: Analyzer, articles: list) -> list[tuple[object, ParsedDoc]]:
    """(article, parse) for the articles whose parse is in the cache; the others are left out."""
    identity = parse_identity(analyzer.models.identity, analyzer.settings.limits.max_sentence_words)
    keys = [(a.body_sha256, identity) for a in articles]
    cached = analyzer.cache.get_many(keys)
    return [(a, ParsedDoc.from_json(cached[k], a.body)) for a, k in zip(articles, keys) if k in cached]


def _sentences(doc: ParsedDoc, spans) -> list[int]:
    return sorted({s.index for s in doc.sentences for a, b in spans if s.start < b and a < s.end})


def _cue_word(doc: ParsedDoc, spans):
    words = [w for s in doc.sentences for w in s.words if w.upos != "PUNCT" and any(w.start < b and a < w.end for a, b in spans)]
    for upos in ("VERB", "AUX", "NOUN"):
        chosen = [w for w in words if w.upos == upos]
        if chosen:
            return chosen[0]
    return words[0] if words else None


def _title(doc: ParsedDoc, spans) -> bool:
    words = [w for s in doc.sentences for w in s.words if w.upos != "PUNCT" and any(a <= w.start < b for a, b in spans)]
    return bool(words) and not any(w.upos in ("VERB", "AUX") for w in words) and all(
        w.text[:1].isupper() or not w.text[:1].isalpha() or w.upos in ("ADP", "DET", "CCONJ", "PART") for w in words)


def cause_of(g, body: str, doc: ParsedDoc, index: list[int], units, quotes, statements) -> str:
    words = _words_in(index, g.content)
    best = max((len(u.words & words) for u in units), default=0)
    sentences = _sentences(doc, g.content)
    if best:
        union = set().union(*(u.words & words for u in units))
        split = ", split over units" if len(union) >= HALF * len(words) else ""
        return ("partial, several sentences" if len(sentences) > 1 else "partial") + split
    quoted = _words_in(index, tuple((q.start, q.end) for q in quotes)) & words
    if not quoted:
        return "no quote found"
    if len(quoted) < HALF * len(words):
        return "quote inside a clause"
    if _title(doc, g.content):
        return "title"
    if not g.cue:
        return "no cue"
    cue = _cue_word(doc, g.cue)
    if cue is not None and cue.upos == "NOUN":
        return "noun frame"
    cue_sentences = _sentences(doc, g.cue)
    has_cue = any(s.cue is not None and any(s.cue.start < b and a < s.cue.end for a, b in g.cue) for s in statements)
    if set(cue_sentences) & set(sentences):
        return "frame in sentence, cue found, content elsewhere" if has_cue else "frame in sentence"
    where = "frame before" if cue_sentences and cue_sentences[0] < sentences[0] else "frame after"
    return where + (", cue found" if has_cue else "")


def main() -> None:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--show", metavar="CAUSE", help="print the misses whose cause starts with CAUSE")
    parser.add_argument("--n", type=int, default=20, metavar="N", help="how many misses --show prints (20)")
    args = parser.parse_args()
    show, n_show = args.show, args.n
    settings = load_settings(cache_path=args.cache, threads=1)
    analyzer = Analyzer(settings)
    gold = load_brat_corpus(args.folder)
    try:
        parsed = _cached(analyzer, [g.article for g in gold])
    finally:
        analyzer.close()
    by_id = {g.article.article_id: g for g in gold}
    causes: Counter = Counter()
    lemmas: dict[str, Counter] = defaultdict(Counter)
    total = found = 0
    shown = 0
    for article, doc in parsed:
        body = article.body
        index = _word_index(body)
        statements = attribute(article, doc, analyzer.lexicon)
        units = units_of(statements, body, index)
        quotes = find_quotes(body, paragraph_starts(body))
        for g in by_id[article.article_id].attributions:
            if not any(q in g.content_text for q in _DOUBLE_QUOTES):
                continue
            total += 1
            words = _words_in(index, g.content)
            if words and any(len(u.words & words) >= HALF * len(words) for u in units):
                found += 1
                continue
            cause = cause_of(g, body, doc, index, units, quotes, statements)
            causes[cause] += 1
            cue = _cue_word(doc, g.cue) if g.cue else None
            lemmas[cause][cue.lemma.lower() if cue else g.cue_text.lower() or "-"] += 1
            if show is not None and cause.startswith(show) and shown < n_show:
                shown += 1
                where = _sentences(doc, g.content + g.cue + g.source)
                text = " | ".join(" ".join(doc.sentences[i].text_of(body).split()) for i in where)
                system = [f"{st.kind}/{st.speaker}/{st.cue.text if st.cue else '-'}: {st.text[:80]!r}" for st in statements
                          if not st.is_own_voice and any(st.start < b and a < st.end for a, b in g.content + g.cue)]
                print(f"[{article.article_id}] {cause} cue={g.cue_text!r} source={g.source_text!r}\n  gold: "
                      f"{' '.join(g.content_text.split())[:300]}\n  text: {text[:600]}\n  system: {system}\n")
    print(f"{len(parsed)} articles of {args.folder} (parse cached); quotations {found}/{total} found "
          f"({found / max(total, 1):.3f}), {total - found} missed")
    for cause, n in causes.most_common():
        top = ", ".join(f"{k} {v}" for k, v in lemmas[cause].most_common(6))
        print(f"  {cause:<48} {n:4d}   {top}")


if __name__ == "__main__":
    main()
