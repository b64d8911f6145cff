"""Candidate pairs (align/candidates.py): a bounded number per unit, the likeliest partners kept."""

from __future__ import annotations

import numpy as np

from attribution.align.candidates import (approximate_neighbours, index_table, rare_pairs, vector_neighbours,
                                          word_neighbours)


def test_word_neighbours_keep_the_k_partners_sharing_most_and_need_enough_keys():
    keys = [{"p:video", "p:soldi", "p:borde"},   # 0
            {"p:video", "p:soldi", "p:borde"},   # 1: shares three with 0
            {"p:video", "p:soldi"},              # 2: shares two with 0
            {"p:video"},                         # 3: shares one: never a pair
            {"p:video", "p:soldi", "p:borde"}]   # 4: same article as 0
    articles = np.array([0, 1, 2, 3, 0])
    rows, weights = index_table(keys, common_units=2000, common_share=0.5)
    assert word_neighbours(rows, weights, articles, needed=2, k=1) >= {(0, 1)}
    every = word_neighbours(rows, weights, articles, needed=2, k=10)
    assert every == {(0, 1), (0, 2), (1, 2), (1, 4), (2, 4)}
    assert all(3 not in p for p in every) and (0, 4) not in every
    # each unit keeps at most k partners: at most k pairs per unit
    assert len(word_neighbours(rows, weights, articles, needed=2, k=1)) <= len(keys)


def test_a_key_in_most_units_is_no_index_key():
    keys = [{"p:says", f"p:w{i}"} for i in range(10)] + [{"p:says", "p:w0"}]
    rows, _ = index_table(keys, common_units=2, common_share=0.5)
    assert rows[0] == rows[10] and len(rows[0]) == 1  # only w0 (in two units) is a column
    assert all(r == [] for r in rows[1:10])


def _clustered(claims: int, copies: int, dim: int = 48, noise: float = 0.15, seed: int = 1):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((claims, dim))
    vectors = np.repeat(centres, copies, axis=0) + noise * rng.standard_normal((claims * copies, dim))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    articles = np.tile(np.arange(copies), claims)  # copy j of every claim is in article j
    return vectors.astype(np.float32), articles


def test_approximate_neighbours_find_nearly_all_exact_ones_on_near_copies():
    vectors, articles = _clustered(claims=150, copies=12)
    exact = vector_neighbours(vectors, articles, k=5, gate=0.8, exact_up_to=10**9)
    approximate = approximate_neighbours(vectors, articles, k=5, gate=0.8)
    assert exact
    assert len(approximate & exact) >= 0.95 * len(exact)
    assert all(float(vectors[i] @ vectors[j]) >= 0.8 for i, j in approximate)
    assert len(approximate) <= 5 * len(vectors)
    # above exact_up_to, vector_neighbours searches approximately, the same way
    assert vector_neighbours(vectors, articles, k=5, gate=0.8, exact_up_to=100) == approximate


def test_rare_names_and_numbers_pair_all_their_units_common_ones_none():
    keys = [["name:wagner"], ["name:wagner", "number:10"], ["number:10"], ["name:moscow"], ["name:moscow"],
            ["name:moscow"]]
    articles = np.array([0, 1, 2, 3, 4, 5])
    assert rare_pairs(keys, articles, most=2) == {(0, 1), (1, 2)}  # moscow, in three units, is not rare
    assert rare_pairs(keys, articles, most=3) == {(0, 1), (1, 2), (3, 4), (3, 5), (4, 5)}
