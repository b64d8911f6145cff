"""The parsed document: sentences of words with lemma, tags, dependency arcs and body offsets.

A :class:`ParsedDoc` is plain data, independent of Stanza, so every stage after parsing runs
without loading a model, and parses can be cached, shipped to workers and written as CoNLL-U.
It converts to and from CoNLL-U without loss: body offsets travel in MISC as
``start_char=…|end_char=…``, paragraph breaks as ``# newpar``.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import conllu

try:  # a faster reader of the cache's JSON, installed with Stanza; the same objects as json.loads
    import orjson
except ImportError:  # pragma: no cover - Stanza brings it
    orjson = None


def read_json(payload: str) -> object:
    """``json.loads(payload)``, read faster where orjson is there (a re-score reads every parse
    and statement of the corpus back from the cache); what orjson refuses (NaN, integers past
    64 bits) goes to json.loads."""
    if orjson is not None:
        try:
            return orjson.loads(payload)
        except orjson.JSONDecodeError:
            pass
    return json.loads(payload)


class Word(NamedTuple):
    """A syntactic word (CoNLL-U word line). ``id`` is 1-based within the sentence, ``head`` 0 = root.

    A named tuple rather than a dataclass: a re-score reads every word of the corpus back from
    the cache, and a tuple is made several times faster (and read faster) than a frozen dataclass."""

    id: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    ner: str = ""

    def feat(self, name: str) -> str | None:
        for pair in self.feats.split("|") if self.feats else ():
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    @property
    def relation(self) -> str:
        """The universal part of the relation: ``nsubj`` for ``nsubj:pass``."""
        return self.deprel.split(":", 1)[0]


class Token(NamedTuple):
    """A surface token; a multiword token (``couldn't``) covers several words."""

    first: int
    last: int
    text: str
    start: int
    end: int
    ner: str = ""

    @property
    def is_multiword(self) -> bool:
        return self.last > self.first


@dataclass(frozen=True)
class Sentence:
    """One sentence. Tree lookups are computed once, on first use."""

    index: int
    paragraph: int
    tokens: tuple[Token, ...]
    words: tuple[Word, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start if self.tokens else 0

    @property
    def end(self) -> int:
        return self.tokens[-1].end if self.tokens else 0

    def word(self, word_id: int) -> Word:
        return self.words[word_id - 1]

    def head_of(self, word: Word) -> Word | None:
        return self.words[word.head - 1] if word.head > 0 else None

    @cached_property
    def _children(self) -> dict[int, tuple[Word, ...]]:
        children: dict[int, list[Word]] = {}
        for w in self.words:
            children.setdefault(w.head, []).append(w)
        return {k: tuple(v) for k, v in children.items()}

    def children(self, word: Word | int) -> tuple[Word, ...]:
        return self._children.get(word if isinstance(word, int) else word.id, ())

    @property
    def root(self) -> Word | None:
        return next(iter(self._children.get(0, ())), None)

    def subtree(self, word: Word | int, exclude: Iterable[int] = ()) -> list[Word]:
        """The word and everything below it, in sentence order, leaving out the given subtrees.

        Each word is visited once, so a tree with a cycle (a damaged cache entry or CoNLL-U file)
        gives a finite answer instead of filling memory."""
        top = word if isinstance(word, int) else word.id
        if not exclude:  # the rules ask for the same subtrees again and again: each is walked once
            known = self._subtrees.get(top)
            if known is None:
                known = self._subtrees[top] = tuple(self._walk(top, set()))
            return list(known)
        return self._walk(top, set(exclude))

    @cached_property
    def _subtrees(self) -> dict[int, tuple[Word, ...]]:
        return {}

    def _walk(self, top: int, excluded: set[int]) -> list[Word]:
        seen: set[int] = set()
        out, stack = [], [top]
        while stack:
            current = stack.pop()
            if current in excluded or current in seen:
                continue
            seen.add(current)
            out.append(self.words[current - 1])
            stack.extend(c.id for c in self.children(current))
        return sorted(out, key=lambda w: w.id)

    def ancestors(self, word: Word) -> Iterator[Word]:
        """Heads above the word, nearest first; stops on a cycle rather than looping."""
        seen = {word.id}
        current = self.head_of(word)
        while current is not None and current.id not in seen:
            yield current
            seen.add(current.id)
            current = self.head_of(current)

    def words_within(self, start: int, end: int) -> Sequence[Word]:
        """The words that begin at an offset in [start, end), in order: found by bisection, as
        hedging asks it for every statement (a sentence whose offsets go back is scanned)."""
        starts = self._word_starts
        if starts is None:
            return [w for w in self.words if start <= w.start < end]
        return self.words[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    @cached_property
    def _word_starts(self) -> list[int] | None:
        starts = [w.start for w in self.words]
        return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None

    def depth(self, word: Word) -> int:
        """How many heads lie above the word (the length of :meth:`ancestors`), worked out once
        per sentence: hedging asks it of every word of every statement."""
        return self._depths[word.id - 1]

    @cached_property
    def _depths(self) -> tuple[int, ...]:
        words, size = self.words, len(self.words)
        depths = [-1] * size
        for i in range(size):
            path: list[int] = []
            j = i
            while j >= 0 and depths[j] < 0:  # up to the root (j = -1) or a word already known
                path.append(j)
                if len(path) > size:  # a cycle (a damaged tree): count as ancestors() does
                    return tuple(sum(1 for _ in self.ancestors(w)) for w in words)
                j = words[j].head - 1
            depth = -1 if j < 0 else depths[j]
            for k in reversed(path):
                depth += 1
                depths[k] = depth
        return tuple(depths)

    def text_of(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass(frozen=True)
class ParsedDoc:
    """The parse of one article body."""

    text: str
    sentences: tuple[Sentence, ...]
    model: str = ""

    @property
    def word_count(self) -> int:
        return sum(1 for s in self.sentences for w in s.words if w.upos != "PUNCT")

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    # -- compact JSON (the cache format) --------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "model": self.model,
                "sentences": [
                    {
                        "p": s.paragraph,
                        "t": s.tokens,  # each a named tuple: an array of its fields in order
                        "w": s.words,
                    }
                    for s in self.sentences
                ],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, payload: str, text: str) -> ParsedDoc:
        data = read_json(payload)
        token, word = Token._make, Word._make
        sentences = tuple(
            Sentence(
                index=i,
                paragraph=s["p"],
                tokens=tuple(token(t) if len(t) == 6 else Token(*t) for t in s["t"]),
                words=tuple(word(w) if len(w) == 11 else Word(*w) for w in s["w"]),
            )
            for i, s in enumerate(data["sentences"])
        )
        return cls(text=text, sentences=sentences, model=data.get("model", ""))

    # -- CoNLL-U ---------------------------------------------------------------------------------

    def to_conllu(self, doc_id: str = "doc") -> str:
        """CoNLL-U with body offsets in MISC; ``from_conllu(out, self.text)`` gives this doc back."""
        parts = [f"# newdoc id = {doc_id}\n"]
        if self.model:
            parts.append(f"# model = {self.model}\n")
        previous_paragraph = None
        for s in self.sentences:
            metadata = {}
            if s.paragraph != previous_paragraph:
                metadata["newpar"] = None
                metadata["paragraph"] = str(s.paragraph)
                previous_paragraph = s.paragraph
            metadata["sent_id"] = f"{doc_id}-{s.index + 1}"
            metadata["text"] = _one_line(s.text_of(self.text))
            rows = []
            words = iter(s.words)
            for t in s.tokens:
                if t.is_multiword:
                    rows.append(_row((t.first, "-", t.last), t.text, misc=_misc(t.start, t.end, t.ner)))
                for _ in range(t.first, t.last + 1):
                    w = next(words)
                    rows.append(
                        _row(
                            w.id, w.text, w.lemma, w.upos, w.xpos,
                            conllu.parser.parse_dict_value(w.feats) if w.feats else None,
                            w.head, w.deprel,
                            _misc(w.start, w.end, "" if t.is_multiword else w.ner),
                        )
                    )
            parts.append(conllu.TokenList(rows, metadata=metadata).serialize())
        return "".join(parts)

    @classmethod
    def from_conllu(cls, data: str, text: str | None = None) -> ParsedDoc:
        """Read CoNLL-U. With ``text`` the offsets come from MISC; without it the body is rebuilt
        from the word forms, ``SpaceAfter=No`` and ``# newpar`` (paragraphs joined by a blank line),
        so hand-written or gold trees can be run through the rules."""
        token_lists = conllu.parse(data)
        model = ""
        rebuilt: list[str] = []
        sentences: list[Sentence] = []
        paragraph = -1
        for index, tl in enumerate(token_lists):
            meta = tl.metadata
            model = meta.get("model", model)
            if "paragraph" in meta:
                paragraph = int(meta["paragraph"])
            elif "newpar" in meta or any(k.startswith("newpar") for k in meta) or paragraph < 0:
                paragraph += 1
            if text is None and rebuilt:
                rebuilt.append("\n\n" if "newpar" in meta or "paragraph" in meta else " ")
            tokens: list[Token] = []
            words: list[Word] = []
            mwt_end = 0
            for row in tl:
                rid = row["id"]
                misc = row["misc"] or {}
                if isinstance(rid, tuple) and len(rid) == 3 and rid[1] == "-":
                    start, end = _offsets(misc, row["form"], rebuilt, text)
                    tokens.append(Token(rid[0], rid[2], row["form"], start, end, misc.get("NER", "")))
                    mwt_end = rid[2]
                    continue
                if not isinstance(rid, int):  # empty nodes (8.1) are not part of the basic tree
                    continue
                if rid <= mwt_end and text is None:
                    mwt = tokens[-1]
                    start, end = mwt.start, mwt.end
                else:
                    start, end = _offsets(misc, row["form"], rebuilt, text)
                feats = row["feats"]
                feats_str = "|".join(f"{k}={v}" for k, v in feats.items()) if feats else ""
                words.append(
                    Word(
                        id=rid, text=row["form"], lemma=row["lemma"] or row["form"],
                        upos=row["upos"] or "X", xpos=row["xpos"] or "", feats=feats_str,
                        head=int(row["head"] or 0), deprel=row["deprel"] or "dep",
                        start=start, end=end, ner=misc.get("NER", ""),
                    )
                )
                if rid > mwt_end:
                    tokens.append(Token(rid, rid, row["form"], start, end, misc.get("NER", "")))
            if text is None and rebuilt and rebuilt[-1] == " ":
                rebuilt.pop()
            sentences.append(Sentence(index=index, paragraph=max(paragraph, 0), tokens=tuple(tokens), words=tuple(words)))
        body = text if text is not None else "".join(rebuilt)
        return cls(text=body, sentences=tuple(sentences), model=model)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _misc(start: int, end: int, ner: str) -> dict[str, str]:
    misc = {"start_char": str(start), "end_char": str(end)}
    if ner:
        misc["NER"] = ner
    return misc


def _row(id_, form, lemma="_", upos="_", xpos="_", feats=None, head=None, deprel="_", misc=None) -> dict:
    return {
        "id": id_, "form": form, "lemma": lemma, "upos": upos, "xpos": xpos or "_", "feats": feats,
        "head": head, "deprel": deprel, "deps": None, "misc": misc,
    }


def _offsets(misc: dict, form: str, rebuilt: list[str], text: str | None) -> tuple[int, int]:
    if text is not None:
        return int(misc["start_char"]), int(misc["end_char"])
    start = sum(len(part) for part in rebuilt)
    rebuilt.append(form)
    if misc.get("SpaceAfter") != "No":
        rebuilt.append(" ")
    return start, start + len(form)

