"""Cities a travel request may name ("viajo a Caracas", "hospitalizada en Guayaquil"):
GeoNames cities of 100,000 people or more and the capitals, folded, with their country
(`places.txt`, written by scripts/make_places.py)."""
from __future__ import annotations

import functools
from pathlib import Path

from .normalise import fold_word

_FILE = Path(__file__).with_name("places.txt")


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    with _FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, _, code = line.rstrip("\n").partition("\t")
            cities[name] = code
    return cities


def city_country(name: str) -> str | None:
    """The country (ISO alpha-2) of a city named `name`, as written; None if unknown."""
    folded = " ".join(fold_word(word) for word in name.replace("-", " ").split())
    return _cities().get(folded)
