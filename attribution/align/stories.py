"""Stories: the groups of articles whose claims are compared with each other.

An article's ``story`` metadata decides when it is given. Articles without one are grouped by
how alike their whole texts are (cosine of rarity-weighted counts of their most telling words),
joined pairwise when the similarity reaches the threshold and their dates, when both are known,
lie close enough; the groups are the connected sets of such pairs. So a folder of unrelated
articles gives no story with two articles in it, and so no claims.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from attribution.align.tuning import StoryTuning

AUTO_PREFIX = "auto-"
INDEX_WORDS = 15  # an article is looked up by its most telling words, to find the ones worth comparing


@dataclass(frozen=True)
class Story:
    story_id: str
    from_metadata: bool
    members: tuple[int, ...]  # article indices


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _vectors(keys_per_article: Sequence[Counter[str]], top_words: int,
             articles: Sequence[int] | None = None) -> list[dict[str, float]]:
    """Rarity-weighted counts (tf-idf over the articles of the run), cut to the top words, unit length.

    ``articles``: the positions in ``keys_per_article`` to weigh (default all); each article's
    counts are asked for one at a time (they may be made on demand: features.ArticleKeys)."""
    picked = range(len(keys_per_article)) if articles is None else articles
    df: Counter[str] = Counter()
    for i in picked:
        df.update(keys_per_article[i].keys())
    n = len(picked)
    vectors = []
    for i in picked:
        counts = keys_per_article[i]
        weighted = {k: (1 + math.log(c)) * (math.log((n + 1) / (df[k] + 1)) + 1) for k, c in counts.items()}
        top = dict(sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:top_words])
        norm = math.sqrt(sum(v * v for v in top.values())) or 1.0
        vectors.append({k: v / norm for k, v in top.items()})
    return vectors


def _candidates(vectors: Sequence[dict[str, float]]) -> list[tuple[int, int]]:
    """Pairs of articles that share one of each other's most telling words (only those can be
    alike enough), so that thousands of articles are not all compared with each other. A word
    that tells about a tenth of all articles apart tells none apart and opens no pair."""
    postings: dict[str, list[int]] = {}
    for i, vector in enumerate(vectors):
        for word in sorted(vector, key=lambda k: (-vector[k], k))[:INDEX_WORDS]:
            postings.setdefault(word, []).append(i)
    cap = max(50, len(vectors) // 10)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) <= cap:
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return sorted(pairs)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def group_stories(stories: Sequence[str | None], published: Sequence[str | None],
                  keys_per_article: Sequence[Counter[str]], article_ids: Sequence[str],
                  tuning: StoryTuning) -> list[Story]:
    """Stories from metadata, then similarity groups of the articles without a story."""
    by_story: dict[str, list[int]] = {}
    loose: list[int] = []
    for i, story in enumerate(stories):
        if story:
            by_story.setdefault(story, []).append(i)
        else:
            loose.append(i)
    out = [Story(name, True, tuple(members)) for name, members in by_story.items()]
    if len(loose) < 2:
        return out + [Story(AUTO_PREFIX + article_ids[i], False, (i,)) for i in loose]

    vectors = _vectors(keys_per_article, tuning.top_words, loose)
    parent = list(range(len(loose)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    dates = [_date(published[i]) for i in loose]
    for x, y in _candidates(vectors):
        if dates[x] and dates[y] and abs((dates[x] - dates[y]).days) > tuning.max_days_apart:
            continue
        if cosine(vectors[x], vectors[y]) >= tuning.threshold:
            parent[find(x)] = find(y)
    groups: dict[int, list[int]] = {}
    for x in range(len(loose)):
        groups.setdefault(find(x), []).append(loose[x])
    for members in groups.values():
        members.sort()
        out.append(Story(AUTO_PREFIX + article_ids[members[0]], False, tuple(members)))
    return out


def story_similarities(keys_per_article: Sequence[Counter[str]], tuning: StoryTuning) -> list[list[float]]:
    """The whole-text similarity of every pair of articles (for inspection and tuning)."""
    vectors = _vectors(keys_per_article, tuning.top_words)
    return [[cosine(a, b) for b in vectors] for a in vectors]
