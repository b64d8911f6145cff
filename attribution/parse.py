"""The one Stanza pipeline: article bodies in, :class:`~attribution.document.ParsedDoc` out.

* Processors are named explicitly (``tokenize,mwt,pos,lemma,depparse``, plus ``ner`` when the
  model directory has it): Stanza's English default would also load constituency and sentiment
  models this tool never uses.
* Documents go through ``bulk_process`` in batches.
* The text Stanza sees is the body with a few characters swapped one-for-one (typographic
  apostrophes, no-break spaces), so every offset Stanza reports is an offset into the body.
* A tokenizer post-processor (Stanza's ``tokenize_postprocessor`` hook) expands English clitics
  (``Ukraine’s`` → ``Ukraine ’s``, ``couldn't`` → ``could n't``, ``cannot`` → ``can not``) by the
  UD English rule instead of leaving them to the seq2seq MWT model, which garbles some
  (``Ukraine's`` → ``Ukr a i n e ' s``), splits sentences the tokenizer ran together ("... Kim
  Jong Un. Last summer, ..."), and cuts pathological sentences (tables, lists without full
  stops) to ``limits.max_sentence_words``.
"""

from __future__ import annotations

import bisect
import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from attribution.config import Settings
from attribution.document import ParsedDoc, Sentence, Token, Word
from attribution.models import ModelSet
from attribution.quotemarks import typewriter_marks

log = logging.getLogger(__name__)

# One-for-one swaps: the same length, so offsets into the prepared text are offsets into the body.
_PREPARE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u2007": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ", "\u200b": " ",
    "\ufeff": " ",
})
_CLITIC = re.compile(r"^(?P<host>[^\W\d_][\w.&-]*?)(?P<clitic>n't|N'T|'(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))$")
_SPLIT_AFTER = {";", ":", ",", "—", "–", "-", "…"}
_SENTENCE_END = {".", "?", "!", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "]"}
_OPENERS = {'"', "“", "‘", "'", "("}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# On a GPU, bigger per-processor batches: Stanza sorts the sentences of one bulk_process call by
# length across its documents and pads each batch, so more sentences per batch keep the GPU busy.
# (Words per batch for pos/depparse, sentences or paragraphs for the others; set, not yet tuned
# on a GPU. The CPU keeps Stanza's defaults.)
_GPU_BATCH = {
    "tokenize_batch_size": 256, "mwt_batch_size": 256, "pos_batch_size": 10000,
    "lemma_batch_size": 500, "depparse_batch_size": 10000, "ner_batch_size": 128,
}


def prepare_text(body: str) -> str:
    """The body as Stanza should read it; ``len(prepare_text(b)) == len(b)`` always.

    A typewriter double mark (``''``, ``\`\```) becomes one straight double mark and a space, the
    space on the side away from the quoted words (``''Poor Mexico,'' he said`` is read as
    `` "Poor Mexico," he said``): Stanza's English models split the pair into two apostrophes or
    tag it as a word, and the parse around the quotation breaks."""
    text = body.translate(_PREPARE)
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for i, role in typewriter_marks(body, paragraph_starts(body)):
        if role == "open":
            chars[i : i + 2] = [" ", '"']
        elif role == "close":
            chars[i : i + 2] = ['"', " "]
    return "".join(chars)


def _typewriter_span(body: str, start: int, end: int, text: str) -> tuple[int, int]:
    """The body span of a mark Stanza read from a prepared typewriter pair: both characters (its
    word text stays the ``"`` Stanza read, so rules see one double mark)."""
    if text == '"' and end - start == 1 and body[start] in "'`":
        if body[start : start + 2] in ("''", "``"):
            return start, start + 2
        if start > 0 and body[start - 1 : start + 1] in ("''", "``"):
            return start - 1, start + 1
    return start, end


# Other English multiword tokens, split as UD English does: the length of the first piece.
_FUSED = {"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3}


def _expand(text: str) -> list[str] | None:
    """The UD English words of a multiword token, or None when it is one word."""
    match = _CLITIC.match(text)
    if match:
        return [match.group("host"), match.group("clitic")]
    cut = _FUSED.get(text.lower())
    return [text[:cut], text[cut:]] if cut else None


def _text(token: Any) -> str:
    return token[0] if isinstance(token, tuple) else token


def split_missed_boundaries(sentence: list[Any]) -> list[list[Any]]:
    """Split where a standalone full stop is followed by a capitalised word.

    The tokenizer sometimes runs two sentences together after a name ("... Kim Jong Un. Last
    summer, ..."). A full stop that belongs to an abbreviation stays inside its token ("U.S.",
    "St."), so a separate "." token followed by a capital is a sentence end.
    """
    pieces: list[list[Any]] = []
    current: list[Any] = []
    i = 0
    while i < len(sentence):
        current.append(sentence[i])
        if _text(sentence[i]) in _SENTENCE_END and i + 1 < len(sentence):
            j = i + 1
            while j < len(sentence) and _text(sentence[j]) in _CLOSERS:
                j += 1
            k = j
            while k < len(sentence) and _text(sentence[k]) in _OPENERS:
                k += 1
            if j < len(sentence) and k < len(sentence) and _text(sentence[k])[:1].isupper():
                current.extend(sentence[i + 1 : j])
                pieces.append(current)
                current = []
                i = j
                continue
        i += 1
    if current:
        pieces.append(current)
    return pieces


def make_postprocessor(max_sentence_words: int) -> Callable[[list[list[Any]]], list[list[Any]]]:
    """Stanza tokenizer post-processor: UD clitic expansion, missed sentence ends, a length cap."""

    def postprocess(sentences: list[list[Any]]) -> list[list[Any]]:
        out: list[list[Any]] = []
        for sentence in (piece for s in sentences for piece in split_missed_boundaries(s)):
            fixed: list[Any] = []
            for token in sentence:
                # Every multiword token gets an explicit expansion or none at all: Stanza
                # miscounts word ids when model-expanded and manually expanded tokens mix.
                text = token[0] if isinstance(token, tuple) else token
                expansion = _expand(text)
                fixed.append((text, expansion) if expansion else text)
            while len(fixed) > max_sentence_words:
                cut = max_sentence_words
                for i in range(max_sentence_words - 1, max_sentence_words // 2, -1):
                    text = fixed[i][0] if isinstance(fixed[i], tuple) else fixed[i]
                    if text in _SPLIT_AFTER:
                        cut = i + 1
                        break
                out.append(fixed[:cut])
                fixed = fixed[cut:]
            if fixed:
                out.append(fixed)
        return out

    return postprocess


def paragraph_starts(body: str) -> list[int]:
    """Offsets where paragraphs begin (a blank line separates paragraphs)."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(body)]


def from_stanza(stanza_doc: Any, body: str, model: str) -> ParsedDoc:
    """Convert a Stanza Document into a ParsedDoc with body offsets and paragraph numbers."""
    starts = paragraph_starts(body)
    sentences: list[Sentence] = []
    for s in stanza_doc.sentences:
        tokens: list[Token] = []
        words: list[Word] = []
        for t in s.tokens:
            t_start, t_end = _typewriter_span(body, t.start_char, t.end_char, t.text)
            ner = getattr(t, "ner", None) or ""
            ids = t.id if isinstance(t.id, tuple) else (t.id,)
            tokens.append(Token(ids[0], ids[-1], body[t_start:t_end], t_start, t_end, ner))
            for w in t.words:
                start = w.start_char if w.start_char is not None else t_start
                end = w.end_char if w.end_char is not None else t_end
                start, end = _typewriter_span(body, start, end, w.text)
                text = body[start:end] if end - start == len(w.text) else w.text  # a typewriter pair stays "
                words.append(
                    Word(
                        id=w.id, text=text, lemma=w.lemma if w.lemma is not None else w.text,
                        upos=w.upos or "X", xpos=w.xpos or "", feats=w.feats or "",
                        head=w.head if w.head is not None else 0, deprel=w.deprel or "dep",
                        start=start, end=end, ner=ner,
                    )
                )
        if not tokens:
            continue
        paragraph = bisect.bisect_right(starts, tokens[0].start) - 1
        sentences.append(Sentence(len(sentences), paragraph, tuple(tokens), tuple(words)))
    return ParsedDoc(text=body, sentences=tuple(sentences), model=model)


class Parser:
    """Loads the Stanza pipeline on first use (a fully cached run never loads it)."""

    def __init__(self, models: ModelSet, settings: Settings):
        self.models = models
        self.settings = settings
        self._pipeline: Any = None
        self.calls = 0  # bulk_process calls made: the cache tests count them
        self.words = 0  # words Stanza produced, and the seconds it took: the run's words/s
        self.seconds = 0.0
        self._threads: int | None = None

    @property
    def processors(self) -> str:
        return ",".join(self.models.processors)

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            self._pipeline = self._load()
        return self._pipeline

    @property
    def threads(self) -> int:
        """Torch threads this pipeline runs with (``models.threads``, else the free cores)."""
        if self._threads is None:
            from attribution.engine.threads import threads_per_worker

            self._threads = threads_per_worker(self.settings.models.threads or None)
        return self._threads

    def _load(self) -> Any:
        import sys

        from attribution.engine.threads import apply_torch_threads, set_thread_environment

        if "torch" not in sys.modules:  # OpenMP reads its environment once, when torch loads
            set_thread_environment(self.threads)
        import stanza
        import torch

        apply_torch_threads(self.threads)

        device = self.settings.models.device
        if device == "cuda" and not torch.cuda.is_available():
            from attribution.models import ModelError

            raise ModelError("models.device is 'cuda' but torch sees no CUDA device")
        use_gpu = device != "cpu" and torch.cuda.is_available()
        log.info("loading Stanza models (%s) from %s on %s, %d thread%s", self.processors, self.models.dir,
                 "GPU" if use_gpu else "CPU", self.threads, "" if self.threads == 1 else "s")
        return stanza.Pipeline(**self.pipeline_options(use_gpu))

    def pipeline_options(self, use_gpu: bool) -> dict[str, Any]:
        """Keyword arguments of ``stanza.Pipeline``: larger batches on a GPU."""
        options: dict[str, Any] = dict(
            lang="en",
            dir=str(self.models.dir),
            processors=self.processors,
            download_method=None,
            use_gpu=use_gpu,
            logging_level="WARN",
            tokenize_postprocessor=make_postprocessor(self.settings.limits.max_sentence_words),
        )
        if use_gpu:
            options.update(_GPU_BATCH)
        return options

    @property
    def device(self) -> str:
        if self._pipeline is None:
            return "not loaded"
        return str(getattr(self._pipeline, "device", "cpu"))

    def parse_many(self, bodies: Sequence[str]) -> list[ParsedDoc]:
        """Parse bodies in batches of ``models.batch_size`` documents."""
        out: list[ParsedDoc] = []
        size = self.settings.models.batch_size
        for i in range(0, len(bodies), size):
            batch = list(bodies[i : i + size])
            self.calls += 1
            pipeline = self.pipeline
            started = time.perf_counter()
            docs = pipeline.bulk_process([prepare_text(b) for b in batch])
            self.seconds += time.perf_counter() - started
            parsed = [from_stanza(d, b, self.models.identity) for d, b in zip(docs, batch)]
            self.words += sum(p.word_count for p in parsed)
            out.extend(parsed)
        return out

    def parse(self, body: str) -> ParsedDoc:
        return self.parse_many([body])[0]
