"""Offline suggestions: candidate figures, dates and actors detected in a text."""

from desktop.suggest.detect import KINDS, Suggestion, detect, display_value

__all__ = ["KINDS", "Suggestion", "detect", "display_value"]
