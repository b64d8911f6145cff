"""Fuzzing: hostile text through ingest, parse, attribution, hedging, alignment and the report.

Two layers. The fast one builds random dependency trees (random forms of every script, quote
marks of every kind, control and zero-width characters; random heads, tags and relations, the
lexicon's own words among them) as CoNLL-U and runs attribution, hedging, alignment and the
report over them: many examples a second. The slow one writes hostile text to files and runs
the real pipeline, the shared Stanza model included, on a few examples and a fixed set of worst
cases (a 20,000-character sentence, no punctuation, only punctuation, nested quotes of every script).

Invariants: no exception; every statement's text is body[start:end], inside the body; every
cue inside the body; confidences in [0, 1]; every HTML page parses and nests.

CI runs a bounded number of examples, derandomized (the same examples every run, so a CI failure
is reproducible and no run fails by chance); ``ATTRIBUTION_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py``
runs a longer, random search (both layers scale with it).
"""

from __future__ import annotations

import math
import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from attribution.align import align
from attribution.document import ParsedDoc
from attribution.ingest import Problem, ingest
from attribution.output import OutputWriter, read_analysis, write_claims
from attribution.pipeline import AnalyzedArticle, analyze_article
from attribution.records import Article
from attribution.report import export_tables, render_report

from .report_data import parse_html

EXAMPLES = int(os.environ.get("ATTRIBUTION_FUZZ_EXAMPLES", "0")) or None
FAST_EXAMPLES = EXAMPLES or 60
SLOW_EXAMPLES = max(3, (EXAMPLES or 0) // 50) if EXAMPLES else 3
DERANDOMIZE = EXAMPLES is None

QUOTES = list("\"'«»‹›“”„‟‘’‚‛「」『』〝〞〟＂＇﹁﹂﹃﹄⹂❝❞❛❜🙶🙷")
ODD = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u00ad", "\u0301", "\x07", "\x1b", "\x7f", "\u0085",
       "\u2028", "\u2029", "\ufffd", "\U0001f600", "\U0001f1fa\U0001f1e6", "\U0001f469\u200d\U0001f469\u200d\U0001f467",
       "\ud7ff", "\U0010ffff", "ﷺ", "𝕏", "Ⅻ", "¹²³", "ß", "İ", "ﬁ"]
WORDS = ["said", "say", "told", "tell", "claimed", "allegedly", "reportedly", "may", "might", "could", "would",
         "according", "to", "that", "not", "if", "true", "officials", "he", "she", "they", "it", "the", "a",
         "spokesman", "Reuters", "clearly", "definitely", "suggested", "believe", "unverified", "\u05d0\u05de\u05e8",
         "\u0642\u0627\u0644", "说", "сказал", ".", ",", ":", ";", "?", "!", "—", "…", "(", ")", "[", "]"]
UPOS = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT", "NUM", "X", "SYM", "INTJ"]
DEPRELS = ["nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "advcl", "advmod", "aux", "mark", "case", "obl",
           "nmod", "amod", "det", "punct", "parataxis", "conj", "cc", "acl", "acl:relcl", "appos", "compound",
           "flat", "dep", "cop", "expl", "discourse", "root"]

_FORM_CHARS = st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc"), blacklist_characters="\t\n\r ")
_form = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from([o for o in ODD if o.strip() and o not in "\x07\x1b\x7f\x85\u2028\u2029"]),
                  st.text(_FORM_CHARS, min_size=1, max_size=12))


@st.composite
def sentences(draw) -> list[tuple[str, str, str, int, str]]:  # noqa: ANN001
    """One random tree: any heads (the order words get their head in is random), any labels."""
    n = draw(st.integers(1, 14))
    order = draw(st.permutations(range(1, n + 1)))
    heads = {order[0]: 0}
    for position in range(1, n):
        heads[order[position]] = order[draw(st.integers(0, position - 1))]
    words = []
    for word_id in range(1, n + 1):
        form = draw(_form)
        lemma = draw(st.one_of(st.just(form.lower()), st.sampled_from(WORDS)))
        deprel = "root" if heads[word_id] == 0 else draw(st.sampled_from(DEPRELS[:-1]))
        words.append((form, lemma, draw(st.sampled_from(UPOS)), heads[word_id], deprel))
    return words


def _conllu(doc_sentences: list[list[tuple[str, str, str, int, str]]], paragraph_breaks: list[bool]) -> str:
    lines = []
    for number, (words, newpar) in enumerate(zip(doc_sentences, paragraph_breaks), 1):
        if number == 1 or newpar:
            lines.append("# newpar")
        lines.append(f"# sent_id = {number}")
        for i, (form, lemma, upos, head, deprel) in enumerate(words, 1):
            lemma = lemma.replace("\t", " ") or "_"
            lines.append(f"{i}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{deprel}\t_\t_")
        lines.append("")
    return "\n".join(lines) + "\n"


@st.composite
def reported(draw) -> list[tuple[str, str, str, int, str]]:  # noqa: ANN001
    """A reporting construction (SPEAKER said [that] ... / "...," SPEAKER said) with hostile words
    in every slot, so the attribution rules, not only the own-voice fallback, meet the fuzz."""
    speaker = draw(_form)
    verb = draw(st.sampled_from(["said", "told", "claimed", "suggested", "insisted"]))
    lemma = {"said": "say", "told": "tell", "claimed": "claim", "suggested": "suggest", "insisted": "insist"}[verb]
    content = draw(st.lists(_form, min_size=1, max_size=6))
    hedge = draw(st.sampled_from(["may", "allegedly", "reportedly", "could", "clearly"]))
    open_q, close_q = draw(st.sampled_from(QUOTES)), draw(st.sampled_from(QUOTES))
    if draw(st.booleans()):  # SPEAKER said that X hedge Y .
        words = [(speaker, speaker.lower(), "PROPN", 2, "nsubj"), (verb, lemma, "VERB", 0, "root"),
                 ("that", "that", "SCONJ", 5, "mark"), (content[0], content[0].lower(), "NOUN", 5, "nsubj"),
                 (hedge, hedge, "AUX" if hedge in ("may", "could") else "ADV", 2, "ccomp")]
        words += [(w, w.lower(), "NOUN", 5, "obj") for w in content[1:]]
        words.append((".", ".", "PUNCT", 2, "punct"))
        return words
    n = len(content)  # " X ... , " SPEAKER said .
    words = [(open_q, open_q, "PUNCT", 2, "punct")]
    words += [(content[0], content[0].lower(), "VERB", n + 4, "ccomp")]
    words += [(w, w.lower(), "NOUN", 2, "obj") for w in content[1:]]
    words += [(",", ",", "PUNCT", 2, "punct"), (close_q, close_q, "PUNCT", 2, "punct"),
              (speaker, speaker.lower(), "PROPN", n + 4, "nsubj"), (verb, lemma, "VERB", 0, "root"),
              (".", ".", "PUNCT", n + 4, "punct")]
    return words


@st.composite
def parsed_docs(draw) -> ParsedDoc:  # noqa: ANN001
    doc_sentences = draw(st.lists(st.one_of(sentences(), reported()), min_size=1, max_size=6))
    breaks = draw(st.lists(st.booleans(), min_size=len(doc_sentences), max_size=len(doc_sentences)))
    return ParsedDoc.from_conllu(_conllu(doc_sentences, breaks))


def _check_analyzed(result: AnalyzedArticle) -> None:
    body = result.article.body
    for s in result.statements:
        assert 0 <= s.start <= s.end <= len(body), (s.start, s.end, len(body))
        assert s.text == body[s.start:s.end]
        for value in (s.confidence.source, s.confidence.outlet):
            assert math.isfinite(value) and 0.0 <= value <= 1.0, value
        for cue in (*s.hedges, *s.boosters):
            assert 0 <= cue.start <= cue.end <= len(body)
        for span in (s.mention, s.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(body)
                assert getattr(span, "text", body[span.start:span.end]) == body[span.start:span.end]


def _check_report(analyzed: list[AnalyzedArticle], out: Path, settings) -> None:  # noqa: ANN001
    writer = OutputWriter(out)
    for result in analyzed:
        writer.add(result.article, result.doc, result.statements)
    writer.close()
    claims = align(analyzed, settings)
    for claim in claims:
        for member in claim.members:
            assert 0.0 <= member.confidence_outlet <= 1.0 and 0.0 <= member.confidence_source <= 1.0
    write_claims(writer.work_dir, claims)
    analysis = read_analysis(writer.work_dir)
    assert len(analysis.articles) == len(analyzed)
    export_tables(analysis, writer.work_dir)
    writer.commit(render_report(analysis, writer.work_dir, settings))
    pages = list((out / "report").rglob("*.html"))
    assert len(pages) >= 1 + len(analyzed)
    for page in pages:
        parse_html(page.read_text(encoding="utf-8"))
        try:
            import lxml.html

            lxml.html.fromstring(page.read_bytes())
        except ImportError:  # pragma: no cover - lxml comes with trafilatura
            pass


# -- the fast layer: random trees, no parser ----------------------------------------------------------

@hsettings(max_examples=FAST_EXAMPLES, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=list(HealthCheck))
@given(docs=st.lists(parsed_docs(), min_size=1, max_size=3), outlets=st.lists(st.text(max_size=30), min_size=3, max_size=3))
def test_random_trees_through_attribution_hedging_alignment_and_report(docs, outlets, lexicon, settings,
                                                                       tmp_path_factory) -> None:
    analyzed = []
    for i, doc in enumerate(docs):
        article = Article(article_id=f"a{i}", body=doc.text, path=f"a{i}.txt", outlet=outlets[i] or None,
                          title=outlets[(i + 1) % 3], story="fuzz")
        result = analyze_article(article, doc, lexicon)
        _check_analyzed(result)
        analyzed.append(result)
    _check_report(analyzed, tmp_path_factory.mktemp("fuzz") / "out", settings)


# -- the slow layer: hostile files through ingest and the real parser ----------------------------------

_PIECE = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(ODD),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\r\n"]),
)
_hostile_text = st.lists(_PIECE, min_size=1, max_size=60).map("".join)
# hostile text inside and around reporting sentences, so that some of it is news text to analyse
_hostile_article = st.tuples(_hostile_text, _hostile_text, _hostile_text).map(
    lambda t: f"{t[0]} The minister said {t[1]} the talks would resume, officials said.\n\n“{t[2]},” he told reporters.")

WORST = {
    "long-sentence": ("the officials said that the bridge would reopen " * 420)[:20_000],
    "no-punctuation": " ".join(["officials say the plan may work"] * 40),
    "only-punctuation": "“‘«»’” ... !!! ??? ,,, ;;; — – … () [] {} ''' \"\"\" " * 30,
    "nested-quotes": "He said “she told me ‘they claimed «it is „true“ and ‹final›» today’ again” twice. "
                     "「彼は『本当だ』と言った」 \"unclosed ' quote « and » more “",
    "rtl-and-zero-width": "\u202eThe minister said\u202c the \u200btalks\u200d would \u2067resume\u2069. "
                          "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631.",
    "emoji-and-controls": "\U0001f600 Officials \x07said \x1b[31m the 🇺🇦 plan \ufeff would \u00adwork.\x7f "
                          "\U0001f469\u200d\U0001f469\u200d\U0001f467 \u2028 Critics\u2029 disagreed.",
}


def _run_files(texts: dict[str, str], tmp: Path, settings, parser, lexicon) -> None:  # noqa: ANN001
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_bytes(text.encode("utf-8", errors="surrogatepass"))
    articles = [r for r in ingest([corpus], settings) if not isinstance(r, Problem)]
    if not articles:
        return
    analyzed = []
    for article, doc in zip(articles, parser.parse_many([a.body for a in articles])):
        assert doc.text == article.body
        result = analyze_article(article, doc, lexicon)
        _check_analyzed(result)
        analyzed.append(result)
    _check_report(analyzed, tmp / "out", settings)


def test_worst_cases_through_the_real_pipeline(tmp_path, settings, parser, lexicon) -> None:
    _run_files(WORST, tmp_path, settings, parser, lexicon)


@hsettings(max_examples=SLOW_EXAMPLES, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(st.one_of(_hostile_text, _hostile_article), min_size=1, max_size=3), keep=st.booleans())
def test_hostile_text_through_the_real_pipeline(texts, keep, settings, parser, lexicon, tmp_path_factory) -> None:
    if keep:  # --keep-boilerplate: the text reaches the parser as it is
        settings = replace(settings, ingest=replace(settings.ingest, remove_boilerplate=False))
    _run_files({f"t{i}": t for i, t in enumerate(texts)}, tmp_path_factory.mktemp("fuzz"), settings, parser, lexicon)


@pytest.mark.parametrize("name", ["empty.txt", "bom-only.txt"])
def test_files_with_no_text_are_problems_not_crashes(tmp_path, settings, name) -> None:
    (tmp_path / name).write_bytes(b"" if name == "empty.txt" else "\ufeff \n\t".encode())
    results = list(ingest([tmp_path / name], settings))
    assert all(isinstance(r, Problem) for r in results) and results
