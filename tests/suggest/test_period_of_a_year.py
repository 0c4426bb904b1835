"""A year with a period's prefix opening a sentence is a date, not the organisation the English model takes it for."""

import pytest

from desktop.suggest.detect import detect


@pytest.mark.parametrize("text", ["Post-2015 sales grew by a third.", "Pre-1990s cars used more fuel.",
                                  "Mid-2019 prices fell.", "Late-1980s records were lost."])
def test_no_actor_for_a_period_of_a_year(text: str) -> None:
    found = detect(text, reference="2025-06-01")
    assert not [s for s in found if s.kind == "actor"], found


def test_the_date_stays() -> None:
    found = detect("Post-2015 sales grew by a third.", reference="2025-06-01")
    dates = [s for s in found if s.kind == "date"]
    assert [(d.exact, d.attributes["start"], d.attributes["end"]) for d in dates] == [("Post-2015", "2016", "2025")]

