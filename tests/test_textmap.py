"""Offsets between Python code points and Qt's UTF-16 positions."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.textmap import OffsetMap


@given(st.text(max_size=60))
def test_round_trip_matches_utf16(text):
    m = OffsetMap(text)
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_qt(q) == i


def test_identity_for_bmp_text():
    m = OffsetMap("Kazakhstan – Тәжікстан")
    assert m.identity and m.to_qt(5) == 5 and m.from_qt(7) == 7
