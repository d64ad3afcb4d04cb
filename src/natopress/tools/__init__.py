"""Annotators' tools: the review page, diff and agreement."""
