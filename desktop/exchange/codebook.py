"""Read a REFI-QDA codebook (``.qdc``) leniently, as real tools write it.

Taguette 1.5.2 writes an empty ``<Sets/>``, which Codebook.xsd forbids (a Sets
element needs a Set).  A codebook that breaks the schema but has what Claimline
needs (a CodeBook root, Codes, each Code with a GUID, a name and isCodable) is
read, with a warning naming the deviation; anything less is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop import storefiles
from desktop.exchange.refi import QDC_NS, norm_guid, safe_parser, xsd_problems


def essentials(tree: Any) -> list[str]:
    """What Claimline needs of a codebook: a CodeBook root, one Codes, Codes with GUIDs and names."""
    root = tree.getroot()
    problems = []
    if root.tag != f"{{{QDC_NS}}}CodeBook":
        problems.append(f"its root element is {root.tag}, not CodeBook")
    codes = root.findall(f"{{{QDC_NS}}}Codes")
    if len(codes) != 1 or not len(codes[0]):
        problems.append("a codebook needs one Codes element with at least one Code")
    for el in root.iter(f"{{{QDC_NS}}}Code"):
        if norm_guid(el.get("guid")) is None:
            problems.append(f"line {el.sourceline}: Code guid {el.get('guid')!r} is not a GUID")
        if el.get("name") is None or el.get("isCodable") not in ("true", "false", "1", "0"):
            problems.append(f"line {el.sourceline}: a Code needs name and isCodable")
    return problems


def _deviation(tree: Any, problems: list[str]) -> str:
    root = tree.getroot()
    for sets in root.iter(f"{{{QDC_NS}}}Sets"):
        if not len(sets):
            return "an empty <Sets/> (Codebook.xsd wants at least one Set in it)"
    return problems[0]


def read_codebook(path: str | Path) -> tuple[Any, list[str]]:
    """The parsed codebook and its warnings; raises ServiceError with one clear reason."""
    from lxml import etree

    from desktop.service import ServiceError

    name = Path(path).name
    if storefiles.open_here(path):  # reading it would drop this process's locks on it
        raise ServiceError(f"{name} is a Claimline store open in Claimline, not a codebook: a REFI-QDA .qdc is expected")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ServiceError(f"cannot read {name}: {exc.strerror or exc}") from None
    if head == b"PK\x03\x04":
        raise ServiceError(
            f"{name} is a zip archive (a REFI-QDA project .qdpx?), not a codebook: codebook import expects "
            "a .qdc file; import a whole project with 'claimline import-project' or File → Import → REFI-QDA project"
        )
    try:
        tree = etree.parse(str(path), safe_parser())
    except OSError as exc:
        raise ServiceError(f"cannot read {name}: {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise ServiceError(f"{name} is not an XML codebook: a REFI-QDA .qdc is expected ({exc.msg})") from None
    problems = xsd_problems(tree.getroot(), "Codebook.xsd")
    if not problems:
        return tree, []
    essential = essentials(tree)
    if essential:
        raise ServiceError(f"{name} is not a valid REFI-QDA codebook: {essential[0]}")
    return tree, [f"{name} does not follow Codebook.xsd: {_deviation(tree, problems)}; read leniently"]


__all__ = ["read_codebook"]
