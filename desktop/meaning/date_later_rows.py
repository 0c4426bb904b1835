"""Pattern rows kept in modules of their own (``date_patterns`` is at its size limit), appended to its table."""

from __future__ import annotations

from desktop.meaning.date_compound_ago import COMPOUND_AGO_PATTERNS
from desktop.meaning.date_counted_ago import COUNTED_AGO_PATTERNS
from desktop.meaning.date_days_on import DAYS_ON_PATTERNS
from desktop.meaning.date_earlier_in_the import EARLIER_IN_THE_PATTERNS
from desktop.meaning.date_kk import KK_PATTERNS
from desktop.meaning.date_long_ago import LONG_AGO_PATTERNS
from desktop.meaning.date_moments import MOMENT_PATTERNS
from desktop.meaning.date_named_periods import NAMED_PERIOD_PATTERNS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from desktop.meaning.date_base import Handler

# Kazakh; "moments ago"; "years ago", "ten thousand years ago"; "World War II", "the Cold War"; "the next day"; "5 жыл
# бұрын", "3 века назад"; "earlier in the year"; "2 years and 3 months ago"
LATER_PATTERNS: list[tuple[str, str, Handler]] = (KK_PATTERNS + MOMENT_PATTERNS + LONG_AGO_PATTERNS + NAMED_PERIOD_PATTERNS
                                                  + DAYS_ON_PATTERNS + COUNTED_AGO_PATTERNS + EARLIER_IN_THE_PATTERNS
                                                  + COMPOUND_AGO_PATTERNS)
