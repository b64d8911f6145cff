"""Hand-written dependency trees for the hedging tests (fixed parses: no model, no parser error).

A sentence is written one word per line, ``FORM LEMMA UPOS HEAD DEPREL [FEATS]``; a multiword
token is a line ``~ couldn't`` followed by its words. A sentence starting with ``#newpar`` opens a
new paragraph. :func:`doc` turns the sentences into CoNLL-U and reads it back with
``ParsedDoc.from_conllu``, which rebuilds the body text from the word forms.
"""

from __future__ import annotations

from dataclasses import replace

from attribution.document import ParsedDoc
from attribution.records import Article, ReportingCue, Statement

_NO_SPACE_BEFORE = {".", ",", ";", ":", "?", "!", ")", "”", "'s", "’s", "n't"}
_NO_SPACE_AFTER = {"“", "("}


def _tokens(spec: str) -> list[tuple[str, list[list[str]]]]:
    """(token form, [word fields...]) in order."""
    tokens: list[tuple[str, list[list[str]]]] = []
    pending: tuple[str, list[list[str]]] | None = None
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~ "):
            pending = (line[2:].strip(), [])
            tokens.append(pending)
            continue
        fields = line.split()
        if pending is not None and "".join(w[0] for w in pending[1]) != pending[0]:
            pending[1].append(fields)
            continue
        pending = None
        tokens.append((fields[0], [fields]))
    return tokens


def to_conllu(*sentences: str) -> str:
    out = []
    for number, spec in enumerate(sentences, 1):
        new_paragraph = number == 1 or spec.lstrip().startswith("#newpar")
        spec = spec.replace("#newpar", "", 1) if spec.lstrip().startswith("#newpar") else spec
        tokens = _tokens(spec)
        lines = ["# newpar"] if new_paragraph else []
        lines.append(f"# sent_id = {number}")
        word_id = 1
        for index, (form, words) in enumerate(tokens):
            following = tokens[index + 1][0] if index + 1 < len(tokens) else None
            glued = following is None or following in _NO_SPACE_BEFORE or form in _NO_SPACE_AFTER
            misc = "SpaceAfter=No" if glued and following is not None else "_"
            if len(words) > 1:
                lines.append(f"{word_id}-{word_id + len(words) - 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            for fields in words:
                w_form, lemma, upos, head, deprel = fields[:5]
                feats = fields[5] if len(fields) > 5 else "_"
                word_misc = misc if len(words) == 1 else "_"
                lines.append(f"{word_id}\t{w_form}\t{lemma}\t{upos}\t_\t{feats}\t{head}\t{deprel}\t_\t{word_misc}")
                word_id += 1
        out.append("\n".join(lines) + "\n\n")
    return "".join(out)


def doc(*sentences: str) -> ParsedDoc:
    parsed = ParsedDoc.from_conllu(to_conllu(*sentences))
    for sentence in parsed.sentences:  # a typo in a head must fail loudly, not loop
        roots = [w for w in sentence.words if w.head == 0]
        assert len(roots) == 1, f"sentence {sentence.index + 1} needs one root, has {len(roots)}"
        for word in sentence.words:
            seen = {word.id}
            current = word
            while current.head:
                assert 0 < current.head <= len(sentence.words), f"sentence {sentence.index + 1}: bad head {current.head}"
                current = sentence.word(current.head)
                assert current.id not in seen, f"sentence {sentence.index + 1}: cycle through word {word.id}"
                seen.add(current.id)
    return parsed


def article_for(parsed: ParsedDoc, article_id: str = "t") -> Article:
    return Article(article_id=article_id, body=parsed.text, path=f"{article_id}.txt", outlet="Test Outlet")


def own_voice_statements(parsed: ParsedDoc, article_id: str = "t") -> list[Statement]:
    """One own-voice statement per sentence (without its final full stop), as attribution
    gives before it finds any speaker."""
    out = []
    for sentence in parsed.sentences:
        start, end = sentence.start, sentence.end
        while end > start and parsed.text[end - 1] in ".":
            end -= 1
        out.append(Statement(article_id=article_id, statement_id=f"{article_id}:{len(out) + 1}",
                             sentence_index=sentence.index, start=start, end=end, text=parsed.text[start:end]))
    return out


def attributed(statement: Statement, body: str, content: str, cue: str, speaker: str = "Ihor Solovey",
               speaker_type: str = "person", kind: str = "indirect", sources: tuple[str, ...] = ()) -> Statement:
    """The statement narrowed to ``content`` and given a speaker and a reporting cue, as
    attribution will produce it (both strings must occur in the statement's sentence)."""
    start = body.index(content, statement.start)
    cue_start = body.index(cue, statement.start)
    return replace(
        statement, start=start, end=start + len(content), text=content, speaker=speaker, speaker_type=speaker_type,
        kind=kind, sources=sources or (speaker,),
        cue=ReportingCue(text=cue, lemma=cue.lower(), start=cue_start, end=cue_start + len(cue)),
    )


# a verification disclaimer in a sentence of its own: used by the matching and the scope tests
COULDNT_VERIFY = """
The the DET 2 det
AP AP PROPN 5 nsubj
~ couldn't
could could AUX 5 aux
n't not PART 5 advmod Polarity=Neg
verify verify VERB 0 root
the the DET 7 det
video video NOUN 5 obj
independently independently ADV 5 advmod
. . PUNCT 5 punct
"""


# Two one-sentence trees several test files score with different lexicons.
VIDEO_ALLEGEDLY = """
The the DET 2 det
video video NOUN 4 nsubj
allegedly allegedly ADV 4 advmod
shows show VERB 0 root
soldiers soldier NOUN 4 obj
. . PUNCT 4 punct
"""
DATA_HINT_THAT = """
The the DET 2 det
data datum NOUN 3 nsubj
hint hint VERB 0 root
that that SCONJ 6 mark
prices price NOUN 6 nsubj
rose rise VERB 3 ccomp
. . PUNCT 3 punct
"""
