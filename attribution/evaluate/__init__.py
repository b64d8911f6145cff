"""Evaluation against gold annotations: attribution, cues, claims (see ``attribution evaluate``)."""
