"""Code that only the tests use: kept out of the package (issue 10)."""
