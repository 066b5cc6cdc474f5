"""Empathy training: scenarios and rubric scoring. Qt-free."""
