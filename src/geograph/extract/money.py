"""Money and shares of GDP in news text: "€500 billion", "$1.5bn", "fifty billion euros",
"1.5 trillion yen", "between $1bn and $2bn", "2% of GDP". Pure functions of strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .common import lexicon


@dataclass(frozen=True)
class Amount:
    """A sum of money found in a text: its characters, value in units and ISO 4217 currency."""

    start: int
    end: int
    value: Decimal
    currency: str
    qualifier: str | None = None  # "Mauritian" in "50 million Mauritian rupees"
    name: str | None = None  # the currency word as written ("pesos"), when a word


@dataclass(frozen=True)
class Share:
    """A share of GDP found in a text, as a fraction."""

    start: int
    end: int
    fraction: Decimal


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SHARE = re.compile(
    rf"(?P<number>{NUMBER})\s*(?:%|per\s?cent|percent)\s+of\s+(?:(?:its|their|the|national|annual)\s+)*"
    r"(?:GDP|gross domestic product|economic output)",
    re.IGNORECASE,
)

# after a share of GDP, in the same clause: "..., and to 3.5% by 2032", "before rising to 4 per cent", a
# part of it ("including 3.5% on core military needs") or one beside it ("and a further 1.5% on ...")
LATER_SHARE = re.compile(
    rf"[^%.;]{{0,60}}?\b(?:(?:and|then|before|rising|climbing)\s+(?:\w+\s+)?(?:to|at)|including|and\s+a\s+further)"
    rf"\s+(?P<number>{NUMBER})\s*(?:%|per\s?cent|percent)"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = lexicon("commitments")
    symbols = sorted((k for k in words["currencies"] if not k.isalpha()), key=len, reverse=True)
    names = sorted((k for k in words["currencies"] if k.isalpha()), key=len, reverse=True)
    qualified = sorted(words["currency_qualifiers"], key=len, reverse=True)
    scales = sorted(words["scales"], key=len, reverse=True)
    number_words = sorted(words["number_words"], key=len, reverse=True)
    letters = sorted(words["letter_symbols"], key=len, reverse=True)  # "Rp16 trillion", "RM1.2bn": case matters
    symbol = "|".join(re.escape(s) for s in symbols) + rf"|(?-i:\b(?:{'|'.join(re.escape(s) for s in letters)}))"
    scale = "|".join(re.escape(s) for s in scales)
    name = "|".join(re.escape(s) for s in qualified + names)
    quantity = rf"(?P<number>{NUMBER}|(?:{'|'.join(number_words)})(?:[\s-]+(?:{'|'.join(number_words)}))*)"
    prefixed = re.compile(
        rf"(?P<symbol>{symbol})\s?(?P<number>{NUMBER})(?:[\s-]?(?P<scale>{scale})\b)?", re.IGNORECASE)
    suffixed = re.compile(
        rf"\b{quantity}(?:\s?(?P<scale>{scale}))?[\s-]+(?:(?P<qualifier>[A-Z][a-z]+)\s+)?(?P<name>{name})\b",
        re.IGNORECASE)
    coded = re.compile(
        rf"\b(?P<name>[A-Z]{{3}})\s?(?P<number>{NUMBER})(?:\s?(?P<scale>{scale})\b)?")
    return prefixed, suffixed, coded


def _number(text: str) -> Decimal | None:
    text = text.lower().replace(",", "")
    try:
        return Decimal(text)
    except ArithmeticError:
        pass
    numbers = lexicon("commitments")["number_words"]
    if text in numbers:
        return Decimal(str(numbers[text]))
    total = Decimal(0)
    for word in re.split(r"[\s-]+", text):
        if word not in numbers:
            return None
        value = Decimal(str(numbers[word]))
        total = total * value if word == "hundred" and total else total + value
    return total or None


def _currency(symbol: str | None, name: str | None, qualifier: str | None = None) -> str | None:
    words = lexicon("commitments")
    if qualifier and name and f"{qualifier} {name}".lower() in words["currency_qualifiers"]:
        return words["currency_qualifiers"][f"{qualifier} {name}".lower()]
    if symbol:
        return words["letter_symbols"].get(symbol) or words["currencies"].get(symbol) \
            or words["currencies"].get(symbol.lower())
    assert name is not None
    lowered = name.lower()
    if lowered in words["currency_qualifiers"]:
        return words["currency_qualifiers"][lowered]
    if name.isupper() and len(name) == 3:
        return name if lowered in words["currencies"] else None
    return words["currencies"].get(lowered)


def find_amounts(text: str) -> list[Amount]:
    """Sums of money in ``text``, in order; a range keeps its upper figure.

    >>> [(a.value, a.currency) for a in find_amounts("a €500 billion fund")]
    [(Decimal('500000000000'), 'EUR')]
    >>> [(a.value, a.currency) for a in find_amounts("fifty billion euros and $1.5bn")]
    [(Decimal('50000000000'), 'EUR'), (Decimal('1500000000'), 'USD')]
    """
    scales = lexicon("commitments")["scales"]
    found: list[Amount] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            groups = match.groupdict()
            currency = _currency(groups.get("symbol"), groups.get("name"), groups.get("qualifier"))
            number = _number(groups["number"])
            if currency is None or number is None:
                continue
            scale = groups.get("scale")
            if not scale and groups["number"].lower() in ("a", "an", "half a"):
                continue  # "a rupiah-funded reserve" is no sum; "a billion dollars" is
            value = number * Decimal(scales[scale.lower()]) if scale else number
            if any(a.start < match.end() and match.start() < a.end for a in found):
                continue
            name = groups.get("name") or ("rupee" if (groups.get("symbol") or "").startswith("Rs") else None)
            found.append(Amount(match.start(), match.end(), value.normalize() if value % 1 else
                                Decimal(int(value)), currency, groups.get("qualifier"), name))
    return _upper_of_ranges(text, sorted(found, key=lambda a: a.start))


def _upper_of_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """Keep only the upper figure of "between X and Y", "X to Y" and "X-Y", and drop a
    conversion that follows a figure ("375 million riyals, about $100 million")."""
    kept: list[Amount] = []
    conversions = lexicon("commitments")["conversion_words"]
    for amount in amounts:
        if kept:
            gap = text[kept[-1].end:amount.start].strip().lower()
            if re.fullmatch(rf"[,(]?\s*(?:{'|'.join(map(re.escape, conversions))})?", gap) and gap:
                continue
            between = text[:kept[-1].start].rstrip().lower().endswith("between")
            if (gap in ("to", "-", "–") or gap == "and" and between) and kept[-1].currency == amount.currency:
                kept[-1] = Amount(kept[-1].start, amount.end, max(kept[-1].value, amount.value),
                                  amount.currency, amount.qualifier, amount.name)
                continue
        kept.append(amount)
    return kept


def find_shares(text: str) -> list[Share]:
    """Shares of GDP in ``text`` as fractions.

    >>> [s.fraction for s in find_shares("to spend 3.5% of GDP on defence")]
    [Decimal('0.035')]
    """
    shares = [Share(m.start(), m.end(), _fraction(m)) for m in SHARE.finditer(text)]
    for share in list(shares):  # "to 3% of GDP by 2028 and to 3.5% by 2032": the later step is one too
        following = LATER_SHARE.match(text, share.end)
        if following is not None:
            shares.append(Share(following.start("number"), following.end(), _fraction(following)))
    return sorted(shares, key=lambda s: s.start)


def _fraction(match: re.Match[str]) -> Decimal:
    return (Decimal(match.group("number").replace(",", "")) / 100).normalize()
