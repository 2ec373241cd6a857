"""Synthetic news articles for the benchmark: news-shaped text with headlines, quotes, reported
speech, memberships and money, varied from a fixed seed so that every run builds the same corpus."""

from __future__ import annotations

import random

COUNTRIES = ["Poland", "Germany", "France", "Japan", "India", "Brazil", "Kenya", "Nigeria", "Turkey",
             "Canada", "Australia", "Indonesia", "Mexico", "Spain", "Italy", "Sweden", "Finland",
             "South Korea", "Egypt", "Saudi Arabia", "Vietnam", "Chile", "Ghana", "Norway"]
RIVALS = ["Russia", "China", "Iran", "North Korea", "Belarus"]
ORGS = [("NATO", "alliance"), ("European Union", "bloc"), ("African Union", "union"),
        ("ASEAN", "bloc"), ("G20", "group"), ("BRICS", "group")]
PEOPLE = ["Mark Rutte", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Donald Tusk",
          "Recep Tayyip Erdoğan", "Ursula von der Leyen", "António Guterres", "Keir Starmer"]
VERBS = ["warned", "said", "urged", "criticised", "denied", "pledged", "insisted", "told reporters"]
MONEY = ["€{n} billion", "${n}bn", "£{n}m", "{n} trillion yen", "{n} billion euros"]


def article(number: int) -> str:
    """One article of about 400 words."""
    rng = random.Random(number)
    country, other, rival = rng.sample(COUNTRIES, 2) + [rng.choice(RIVALS)]
    org, collective = rng.choice(ORGS)
    person = rng.choice(PEOPLE)
    money = rng.choice(MONEY).format(n=rng.randint(2, 90))
    lines = [
        f"{country} and {other} step up pressure on {rival} as {org} meets",
        "",
        f"Leaders of the {collective} gather for talks on security and trade",
        "",
        f"{country} {rng.choice(VERBS)} {rival} on {rng.choice(['Monday', 'Tuesday', 'Friday'])} that any further "
        f"provocation would be met with a firm response, as ministers from {org} met to discuss the crisis.",
        "",
        f"“We will not accept threats against our partners, and we will defend every member of this {collective},” "
        f"{person} told reporters after the meeting. “Our message is simple: the door to talks remains open.”",
        "",
        f"{other}, a member of {org}, has pledged {money} to strengthen its armed forces over the next five years, "
        f"officials said. The country spent {rng.randint(1, 3)}.{rng.randint(0, 9)}% of GDP on defence last year.",
        "",
        f"{rival} rejected the accusations. A spokesperson for the foreign ministry in its capital said the claims "
        f"were “baseless” and accused {country} of escalating tensions in the region.",
        "",
        "Key points",
        "",
        f"  • {country} warns {rival} of consequences",
        f"  • {other} pledges {money} for defence",
        "",
        f"Analysts said the dispute would test the unity of the {collective}. {country} and other {org} members "
        f"have called for a coordinated response, while {rival} has sought closer ties with its own partners.",
        "",
        f"{person} is expected to visit {other} next month for further talks with its prime minister. "
        f"{country}'s president said his government would raise its defence budget and urged allies to do the same.",
        "",
        " ".join(f"The {collective} has faced similar disputes before, and diplomats expect weeks of negotiation "
                 f"before any agreement on sanctions or aid is reached." for _ in range(3)),
    ]
    return "\n".join(lines) + "\n"


def corpus(size: int) -> list[str]:
    """``size`` articles, the same ones every time."""
    return [article(number) for number in range(size)]
