"""The dataset build: features, rows, Parquet, card, Croissant, manifest, versions."""
