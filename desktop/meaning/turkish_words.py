"""Turkish words and case folding that the figures and dates (``desktop.meaning``) and the actor rules
(``desktop.suggest``) both read, defined once here (``desktop.meaning`` never imports ``desktop.suggest``)."""

from __future__ import annotations

__all__ = ["MONTHS", "WEEKDAYS", "lower"]

MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")
WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")


def lower(word: str) -> str:
    """``word`` in lower case by Turkish rules: "I" → "ı", "İ" → "i" (not "i" and a combining dot)."""
    return word.replace("İ", "i").replace("I", "ı").lower()
