"""Full garbage collections wait for the end of a run; the collector's settings come back after it."""

from __future__ import annotations

import gc

from attribution.engine.gcpause import full_collections_deferred


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_no_full_collection_inside_the_block_and_the_thresholds_come_back() -> None:
    before = gc.get_threshold()
    full = gc.get_stats()[2]["collections"]
    with full_collections_deferred():
        for _ in range(200_000):  # far past what triggers a full collection with the defaults
            _Node()
        assert gc.get_stats()[2]["collections"] == full
        assert gc.get_threshold()[:2] == before[:2]
    assert gc.get_threshold() == before


def test_young_cycles_are_still_freed_inside_the_block() -> None:
    with full_collections_deferred():
        gc.collect(0)
        young = gc.get_stats()[0]["collections"]
        for _ in range(5_000):
            _Node()
        assert gc.get_stats()[0]["collections"] > young


def test_a_collector_turned_off_stays_off_and_a_failure_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    gc.disable()
    try:
        try:
            with full_collections_deferred():
                raise RuntimeError("stop")
        except RuntimeError:
            pass
        assert not gc.isenabled() and gc.get_threshold() == before
    finally:
        gc.enable()


def test_blocks_closed_out_of_order_give_back_the_first_threshold() -> None:
    before = gc.get_threshold()
    first, second = full_collections_deferred(), full_collections_deferred()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # a generator's block closed late
    assert gc.get_threshold()[2] != before[2]
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
