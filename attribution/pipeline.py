"""The stages after parsing, composed: cheap, pure, and the same for every engine.

    ingest(path) -> Article --parse--> ParsedDoc --attribute--> [Statement] --hedge--> [Statement]
                                                                                      \\-> align -> [Claim]
"""

from __future__ import annotations

from dataclasses import dataclass

from attribution.attribute import attribute
from attribution.document import ParsedDoc
from attribution.hedging import hedge_article
from attribution.lexicon import Lexicon
from attribution.records import Article, Cue, Statement


@dataclass(frozen=True)
class AnalyzedArticle:
    article: Article
    doc: ParsedDoc
    statements: tuple[Statement, ...]
    # every hedge and booster of the body, whether or not a statement's scope takes it in
    hedges: tuple[Cue, ...] = ()
    boosters: tuple[Cue, ...] = ()


def analyze_article(article: Article, doc: ParsedDoc, lexicon: Lexicon) -> AnalyzedArticle:
    """Attribution then hedging for one parsed article."""
    statements = attribute(article, doc, lexicon)
    statements, hedges, boosters = hedge_article(article, doc, statements, lexicon)
    return AnalyzedArticle(article, doc, tuple(statements), hedges, boosters)
