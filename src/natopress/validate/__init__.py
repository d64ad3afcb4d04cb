"""Validation: the runner, findings and their codes, reports, and one module per check family."""
