"""Python's full garbage collections held off while a run builds many small objects.

Reading a corpus back (every word of every parse a tuple) and rendering its report make
hundreds of thousands of objects that reference counting frees; each full (oldest-generation)
collection on the way walks the whole heap (the Stanza models too, when they are loaded in this
process), and on a re-score those walks cost as much as the work itself. Young collections go
on as usual, so short-lived garbage in cycles is still freed at once; only what outlives them
waits for the end of the block.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_NEVER = 1 << 30  # a threshold for the oldest generation that a run does not reach
_held = [0, 0]  # blocks open now, and the oldest generation's threshold before the first of them


@contextmanager
def full_collections_deferred() -> Iterator[None]:
    """No full collection inside the block; the threshold in force before the outermost open
    block comes back when the last one closes, in whatever order they close (a generator's
    block may close late), so a caller's own settings are kept."""
    young, middle, old = gc.get_threshold()
    if _held[0] == 0:
        _held[1] = old
    _held[0] += 1
    gc.set_threshold(young, middle, _NEVER)
    try:
        yield
    finally:
        _held[0] -= 1
        if _held[0] == 0:
            young, middle, _ = gc.get_threshold()
            gc.set_threshold(young, middle, _held[1])
