"""The annotator's tools: ingest a raw release as a draft, review it as an HTML page."""
