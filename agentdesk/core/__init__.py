"""Domain types and rules. Qt-free, checked with mypy --strict."""
