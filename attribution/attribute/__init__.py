"""Attribution: who is saying each statement, with which cue, in which form.

``attribute(article, doc, lexicon)`` returns the statements of one article in reading order:
the content of every reporting event (quote, reported clause, according-to) with its speaker,
and every other body sentence as a statement in the outlet's own voice.
"""

from __future__ import annotations

from attribution.attribute.spans import trim_content
from attribution.document import ParsedDoc
from attribution.lexicon import Lexicon
from attribution.records import Article, Statement


def own_voice(article: Article, doc: ParsedDoc, sentence_index: int, n: int) -> Statement | None:
    sentence = doc.sentences[sentence_index]
    start, end = trim_content(article.body, sentence.start, sentence.end)
    if end <= start:
        return None
    return Statement(
        article_id=article.article_id,
        statement_id=f"{article.article_id}:{n}",
        sentence_index=sentence_index,
        start=start,
        end=end,
        text=article.body[start:end],
    )


def attribute(article: Article, doc: ParsedDoc, lexicon: Lexicon) -> list[Statement]:
    statements: list[Statement] = []
    for sentence in doc.sentences:
        statement = own_voice(article, doc, sentence.index, len(statements) + 1)
        if statement is not None:
            statements.append(statement)
    return statements
