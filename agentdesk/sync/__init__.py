"""Connectors to shop back ends, cursors, outbox and retries. Qt-free."""
