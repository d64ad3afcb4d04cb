"""Exports of the corpus to other tools' formats: brat standoff, CoNLL-2003 IOB2, JSON Lines."""
