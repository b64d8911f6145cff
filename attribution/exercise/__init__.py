"""Classroom worksheets and answer keys drawn from a finished analysis (``attribution exercise``).

``tasks`` draws the tasks and decides their answers; ``classroom`` holds the answer choices and
the certainty rule (``lexicons/classroom.yaml``); ``pages`` renders a worksheet and a key per
article and per story into ``OUT_DIR/exercises/``, beside the report.
"""

from attribution.exercise.pages import write_exercises

__all__ = ["write_exercises"]
