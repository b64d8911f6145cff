"""Hand-written dependency trees for the claim-alignment tests (fixed parses, not the model's).

A tree is written one word per line: ``form lemma UPOS head deprel`` (head 0 = root; UPOS may
carry a Penn tag, ``VERB/VBN``); a ``+``
after the form glues it to the next word (no space). ``article`` turns sentences into an
``AnalyzedArticle`` whose body is rebuilt from the CoNLL-U, with one own-voice statement per
sentence, or with the statements a test gives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attribution.attribute import own_voice
from attribution.document import ParsedDoc
from attribution.pipeline import AnalyzedArticle
from attribution.records import Article, Statement


def conllu(*sentences: str) -> str:
    out = []
    for n, sentence in enumerate(sentences, 1):
        rows = [line.split() for line in sentence.strip().splitlines() if line.strip()]
        lines = [f"# sent_id = {n}", "# newpar" if n == 1 else ""]
        for i, (form, lemma, upos, head, deprel) in enumerate(rows, 1):
            glued = form.endswith("+")
            form = form.rstrip("+")
            upos, _, xpos = upos.partition("/")  # "VERB/VBN": a Penn tag as well
            misc = "SpaceAfter=No" if glued or (i < len(rows) and rows[i][0].rstrip("+") in (".", ",", "'s", "n't", "?")) else "_"
            lines.append("\t".join([str(i), form, lemma, upos, xpos or "_", "_", head, deprel, "_", misc]))
        out.append("\n".join(line for line in lines if line) + "\n\n")
    return "".join(out)


def parsed(*sentences: str) -> ParsedDoc:
    return ParsedDoc.from_conllu(conllu(*sentences))


def article(
    article_id: str,
    *sentences: str,
    outlet: str = "Test Outlet",
    story: str | None = "test-story",
    published: str | None = None,
    statements: Callable[[Article, ParsedDoc], Sequence[Statement]] | None = None,
) -> AnalyzedArticle:
    doc = parsed(*sentences)
    art = Article(article_id=article_id, body=doc.text, path=f"{article_id}.txt", outlet=outlet, story=story,
                  published=published)
    if statements is None:
        made = [own_voice(art, doc, i, i + 1) for i in range(len(doc.sentences))]
        found = tuple(s for s in made if s is not None)
    else:
        found = tuple(statements(art, doc))
    return AnalyzedArticle(art, doc, found)


# --- sentences used by several tests -------------------------------------------------------

CENTER_CLAIMS = """
The the DET 2 det
center center NOUN 3 nsubj
claims claim VERB 0 root
the the DET 5 det
footage footage NOUN 7 nsubj:pass
was be AUX 7 aux:pass
shot shoot VERB 3 ccomp
by by ADP 11 case
a a DET 11 det
Russian Russian ADJ 11 amod
soldier soldier NOUN 7 obl:agent
in in ADP 14 case
recent recent ADJ 14 amod
days day NOUN 7 obl
. . PUNCT 3 punct
"""

CENTRE_SAYS = """
The the DET 2 det
centre centre NOUN 3 nsubj
says say VERB 0 root
a a DET 6 det
Russian Russian ADJ 6 amod
soldier soldier NOUN 7 nsubj
shot shoot VERB 3 ccomp
the the DET 9 det
footage footage NOUN 7 obj
in in ADP 12 case
recent recent ADJ 12 amod
days day NOUN 7 obl
. . PUNCT 3 punct
"""


def training(number: str, noun: str, lemma: str) -> str:
    """'About <number> North Korean <noun> are training in eastern Russia.'"""
    return f"""
About about ADV 2 advmod
{number} {number} NUM 5 nummod
North North PROPN 4 compound
Korean Korean PROPN 5 amod
{noun} {lemma} NOUN 7 nsubj
are be AUX 7 aux
training train VERB 0 root
in in ADP 10 case
eastern eastern ADJ 10 amod
Russia Russia PROPN 7 obl
. . PUNCT 7 punct
"""


STANDFIRST = """
Ukraine Ukraine PROPN 2 nsubj
releases release VERB 0 root
a a DET 4 det
video video NOUN 2 obj
, , PUNCT 7 punct
allegedly allegedly ADV 7 advmod
taken take VERB 4 acl
by by ADP 11 case
a a DET 11 det
Russian Russian ADJ 11 amod
soldier soldier NOUN 7 obl:agent
, , PUNCT 13 punct
showing show VERB 4 acl
soldiers soldier NOUN 13 obj
collecting collect VERB 13 xcomp
uniforms uniform NOUN 15 obj
. . PUNCT 2 punct
"""


def purporting(upos: str) -> str:
    """'A video purporting to show dozens of recruits has been released.' With ``upos`` VERB the
    participle is a clause on "video"; with NOUN it is the tagger's mistake seen on the AP lead
    (the participle taken for the head noun, "video" for its modifier)."""
    if upos == "VERB":
        first = "A a DET 2 det\nvideo video NOUN 11 nsubj:pass\npurporting purport VERB 2 acl\nto to PART 5 mark\nshow show VERB 3 xcomp"
    else:
        first = "A a DET 3 det\nvideo video NOUN 3 compound\npurporting purport NOUN 11 nsubj:pass\nto to PART 5 mark\nshow show VERB 3 acl"
    return first + """
dozens dozen NOUN 5 obj
of of ADP 8 case
recruits recruit NOUN 6 nmod
has have AUX 11 aux
been be AUX 11 aux:pass
released release VERB 0 root
. . PUNCT 11 punct
"""
