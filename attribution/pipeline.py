"""The stages after parsing, composed: cheap, pure, and the same for every engine.

    ingest(path) -> Article --parse--> ParsedDoc --attribute--> [Statement] --hedge--> [Statement]
                                                                                      \\-> align -> [Claim]
"""

from __future__ import annotations

from dataclasses import dataclass

from attribution.attribute import attribute
from attribution.document import ParsedDoc
from attribution.hedging import hedge
from attribution.lexicon import Lexicon
from attribution.records import Article, Statement


@dataclass(frozen=True)
class AnalyzedArticle:
    article: Article
    doc: ParsedDoc
    statements: tuple[Statement, ...]


def analyze_article(article: Article, doc: ParsedDoc, lexicon: Lexicon) -> AnalyzedArticle:
    """Attribution then hedging for one parsed article."""
    statements = attribute(article, doc, lexicon)
    statements = hedge(article, doc, statements, lexicon)
    return AnalyzedArticle(article, doc, tuple(statements))
