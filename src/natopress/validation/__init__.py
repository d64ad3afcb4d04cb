"""`natopress validate`: reads corpus files defensively and runs the check layers (natopress.checks)."""
