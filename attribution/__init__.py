"""attribution: who says what in the news, and how sure it sounds.

The pipeline, one module or package per stage::

    ingest -> parse (cache) -> attribute -> hedging -> align -> report

Each stage is a plain function over the dataclasses in :mod:`attribution.records` and
:mod:`attribution.document`, so it can be tested alone and run in a worker process.
"""

__version__ = "0.1.0"
