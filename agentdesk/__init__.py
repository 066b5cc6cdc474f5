"""AgentDesk: an offline-first desktop console for the support team of an online shop."""

__version__ = "0.1.0"
