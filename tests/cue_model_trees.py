"""Hand-written trees for the learned cue model's tests (fixed parses, no model): one word a line,
``FORM LEMMA UPOS XPOS HEAD DEPREL [FEATS]``; sentences separated by a blank line. The body is
rebuilt from the forms (a space after each, none before punctuation)."""

from __future__ import annotations

from attribution.document import ParsedDoc

_GLUE_BEFORE = {".", ",", ";", ":", "?", "!", "”"}
_GLUE_AFTER = {"“"}


def conllu(spec: str) -> str:
    out = []
    for number, block in enumerate(b for b in spec.strip().split("\n\n") if b.strip()):
        rows = [line.split() for line in block.strip().splitlines()]
        lines = [f"# sent_id = {number + 1}"] + (["# newpar"] if number == 0 else [])
        for i, row in enumerate(rows):
            form, lemma, upos, xpos, head, deprel = row[:6]
            feats = row[6] if len(row) > 6 else "_"
            following = rows[i + 1][0] if i + 1 < len(rows) else None
            glued = following is not None and (following in _GLUE_BEFORE or form in _GLUE_AFTER)
            lines.append(f"{i + 1}\t{form}\t{lemma}\t{upos}\t{xpos}\t{feats}\t{head}\t{deprel}\t_\t{'SpaceAfter=No' if glued else '_'}")
        out.append("\n".join(lines) + "\n\n")
    return "".join(out)


def tree(spec: str) -> ParsedDoc:
    return ParsedDoc.from_conllu(conllu(spec))


# a frame the lexicon's write entry does not take (its complement is a quoted command, no clause)
WROTE_QUOTE = """
The the DET DT 2 det
senator senator NOUN NN 3 nsubj
wrote write VERB VBD 0 root
, , PUNCT , 6 punct
“ “ PUNCT `` 6 punct
Vote vote VERB VB 3 ccomp
early early ADV RB 6 advmod
. . PUNCT . 6 punct
” ” PUNCT '' 6 punct
"""

# a negated passive: "The plan was not approved by the council."
NOT_APPROVED = """
The the DET DT 2 det
plan plan NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
not not PART RB 5 advmod
approved approve VERB VBN 0 root
by by ADP IN 8 case
the the DET DT 8 det
council council NOUN NN 5 obl
. . PUNCT . 5 punct
"""

# "Smith reported seeing the truck.": a report with a gerund complement, no clause of its own
REPORTED_SEEING = """
Smith Smith PROPN NNP 2 nsubj
reported report VERB VBD 0 root
seeing see VERB VBG 2 xcomp
the the DET DT 5 det
truck truck NOUN NN 3 obj
. . PUNCT . 2 punct
"""

# two sentences with a cue and a verb that is none, for the training tests
MAYOR_INSISTED = """
The the DET DT 2 det
mayor mayor NOUN NN 3 nsubj
insisted insist VERB VBD 0 root
that that SCONJ IN 6 mark
taxes tax NOUN NNS 6 nsubj
rise rise VERB VBP 3 ccomp
. . PUNCT . 3 punct

Prices price NOUN NNS 2 nsubj
fell fall VERB VBD 0 root
. . PUNCT . 2 punct
"""

OFFICIALS_MET = """
Officials official NOUN NNS 2 nsubj
met meet VERB VBD 0 root
on on ADP IN 4 case
Monday Monday PROPN NNP 2 obl
. . PUNCT . 2 punct

The the DET DT 2 det
minister minister NOUN NN 3 nsubj
argued argue VERB VBD 0 root
that that SCONJ IN 7 mark
the the DET DT 6 det
rules rule NOUN NNS 7 nsubj
failed fail VERB VBD 3 ccomp
. . PUNCT . 3 punct
"""

# "The mayor warned residents that taxes would rise." with the clause hung on the addressee
# (acl), a slip of the parser: the warn entry, which asks for a clause on the verb, does not take
# it; the learned cue model does
WARNED_RESIDENTS = """
The the DET DT 2 det
mayor mayor NOUN NN 3 nsubj
warned warn VERB VBD 0 root
residents resident NOUN NNS 3 obj
that that SCONJ IN 8 mark
taxes tax NOUN NNS 8 nsubj
would would AUX MD 8 aux
rise rise VERB VB 4 acl
. . PUNCT . 3 punct
"""
