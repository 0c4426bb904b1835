"""Turkish words and case folding that the figures and dates (``desktop.meaning``) and the actor rules
(``desktop.suggest``) both read, defined once here (``desktop.meaning`` never imports ``desktop.suggest``)."""

from __future__ import annotations

__all__ = ["GIVEN_NAMES", "MONTHS", "WEEKDAYS", "is_surname", "lower"]

MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")
WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
# Common Turkish given names that are no common word too ("Deniz", sea; "Barış", peace; "Umut", hope; "Bahar", spring
# are left out): a name opening with one is a person's ("Cem Yılmaz filminde": his film, not a title).
GIVEN_NAMES = frozenset("""
    Abdullah Adem Adnan Ahmet Akın Ali Alp Alper Arda Aslı Atilla Ayhan Aylin Ayşe Aytaç Bahadır Banu Başak Batuhan
    Berat Berk Beril Betül Beyza Binali Burak Burcu Bülent Canan Cem Cemal Cemil Cengiz Cevdet Ceyda Cihan
    Çağlar Damla Demet Derya Dilek Doğan Duygu Ebru Ece Ekrem Elif Emine Emre Engin Enis Erdal Erdoğan
    Erkan Ersin Esra Ethem Fatih Fatma Ferhat Feyza Filiz Fuat Fulya Gamze Gökhan Gönül Gülay Gülşen Hakan Halil
    Hamdi Hande Hasan Hatice Haluk Hikmet Hülya İbrahim İlhan İlker İpek İsmail İsmet Kadir Kâmil Kamil Kemal Kenan
    Kerem Koray Kubilay Levent Mahmut Mansur Mehmet Melih Meral Merve Mesut Mete Metin Mevlüt Muharrem Murat
    Mustafa Necati Necdet Nedim Nihat Nilüfer Numan Nuri Oğuz Oğuzhan Okan Orhan Osman Özlem Pınar Rahmi Ramazan
    Recep Reşat Rıza Sabri Sadettin Selahattin Selim Selin Selçuk Semih Serdar Serkan Sevda Sezen Sezai Sinan
    Suat Suleyman Süleyman Şenol Şükrü Tahsin Taner Tansu Tarkan Tayyip Tolga Tuba Tuğba Tuncay Turgut Ufuk Uğur
    Volkan Yasin Yavuz Yiğit Yunus Yusuf Zeki Zeynep Ziya
""".split())


def is_surname(word: str) -> bool:
    """``word`` is written as a Turkish family name by its ending ("Kılıçdaroğlu", "Davutoğlu": "son of")."""
    return len(word) > 5 and word[:1].isupper() and word.endswith(("oğlu", "oğulları"))


def lower(word: str) -> str:
    """``word`` in lower case by Turkish rules: "I" → "ı", "İ" → "i" (not "i" and a combining dot)."""
    return word.replace("İ", "i").replace("I", "ı").lower()
