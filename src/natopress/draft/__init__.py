"""Drafting a release (natopress ingest): segments, dates, language, cues, entities, quotes, quality."""
