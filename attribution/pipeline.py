"""The stages after parsing, composed: cheap, pure, and the same for every engine.

    ingest(path) -> Article --parse--> ParsedDoc --attribute--> [Statement] --hedge--> [Statement]
                                                                                      \\-> align -> [Claim]
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution.attribute import attribute
from attribution.attribute.learned import MODEL_FILE
from attribution.document import ParsedDoc
from attribution.hedging import hedge_article
from attribution.lexicon import Lexicon
from attribution.records import Article, Cue, Statement
from attribution.resources import lexicons_dir


@dataclass(frozen=True)
class AnalyzedArticle:
    article: Article
    doc: ParsedDoc
    statements: tuple[Statement, ...]
    # every hedge and booster of the body, whether or not a statement's scope takes it in
    hedges: tuple[Cue, ...] = ()
    boosters: tuple[Cue, ...] = ()

    @property
    def head(self) -> Article:
        """The article's metadata, what the claims stage reads of every article (here the whole
        article; a run's spilled articles keep theirs without the body: engine/spill.py)."""
        return self.article


def attributed(article: Article, doc: ParsedDoc, lexicon: Lexicon) -> list[Statement]:
    """Attribution alone (before hedging), from the part of the lexicon it reads."""
    return attribute(article, doc, lexicon.reporting_part())


def analyze_article(article: Article, doc: ParsedDoc, lexicon: Lexicon,
                    statements: Sequence[Statement] | None = None) -> AnalyzedArticle:
    """Attribution then hedging for one parsed article; ``statements``: attribution's result
    already known (stored under :func:`attribution_rules`), so only hedging is done again."""
    found = list(statements) if statements is not None else attributed(article, doc, lexicon)
    scored, hedges, boosters = hedge_article(article, doc, found, lexicon)
    return AnalyzedArticle(article, doc, tuple(scored), hedges, boosters)


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The package's code and the shipped files attribution reads besides the lexicon entries:
    a new version (or a local edit) never reuses statements another version found."""
    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    for path in [lexicons_dir() / name for name in ("speakers.yaml", "grammar.yaml")] + [MODEL_FILE]:
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def code_fingerprint() -> str:
    """A hash of this version of the package's code (and of the shipped files attribution reads
    besides the lexicon entries): what a result stored under it depends on besides its inputs."""
    return _code_fingerprint()


def attribution_rules(lexicon: Lexicon, parse_identity: str) -> str:
    """Everything attribution's statements depend on besides the article (its id and body):
    the parse's models and settings, this code, and the lexicon's reporting part. Equal keys,
    equal statements; a hedge, booster or scoring edit keeps the key."""
    digest = hashlib.sha1()
    for part in (_code_fingerprint(), parse_identity, lexicon.reporting_part().fingerprint()):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:24]
