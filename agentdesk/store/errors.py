"""Errors a user can cause, each carrying one plain sentence to show them."""


class UserError(Exception):
    """Bad input from the user: the CLI prints the message and exits with 2."""


class CacheError(UserError):
    """The cache file cannot be used (missing, not SQLite, newer schema, damaged)."""
