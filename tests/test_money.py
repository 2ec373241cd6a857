from decimal import Decimal

import pytest

from geograph.extract.money import find_amounts, find_shares


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany has approved a €500 billion fund", [("500000000000", "EUR")]),
    ("a $1.5bn loan", [("1500000000", "USD")]),
    ("145 billion Guyanese dollars", [("145000000000", "GYD")]),
    ("1.5 trillion Colombian pesos", [("1500000000000", "COP")]),
    ("a Rmb500mn grant", [("500000000", "CNY")]),
    ("Rbs850bn in state credit", [("850000000000", "RUB")]),
    ("E£742bn for social protection", [("742000000000", "EGP")]),
    ("a S/1.5bn emergency package", [("1500000000", "PEN")]),
    ("SR34.5bn ($9.2bn) for 663km of track", [("34500000000", "SAR")]),
    ("£500m for housing", [("500000000", "GBP")]),
    ("fifty billion euros", [("50000000000", "EUR")]),
    ("1.5 trillion yen over five years", [("1500000000000", "JPY")]),
    ("between $1bn and $2bn", [("2000000000", "USD")]),
    ("EUR 3 billion", [("3000000000", "EUR")]),
    ("300 million Australian dollars", [("300000000", "AUD")]),
    ("US$20 million", [("20000000", "USD")]),
    ("an additional $81.8-billion defence boost", [("81800000000", "USD")]),
    ("1,200,000 euros", [("1200000", "EUR")]),
    ("Qatar half a billion dollars", [("500000000", "USD")]),
    ("a billion euros", [("1000000000", "EUR")]),
    ("Rp16 trillion (about US$1 billion)", [("16000000000000", "IDR")]),
    ("RM1.2bn for ports", [("1200000000", "MYR")]),
    ("a rupiah-funded reserve", []),
    ("it has 5 million people", []),
    ("10 m of fence", []),
])
def test_money_amounts(text, expected):
    assert [(str(a.value), a.currency) for a in find_amounts(text)] == expected


def test_money_amount_offsets_point_at_the_figure():
    text = "Spain pledged €2 billion on Monday."
    (amount,) = find_amounts(text)
    assert text[amount.start:amount.end] == "€2 billion"


@pytest.mark.parametrize(("text", "fraction"), [
    ("3.5% of GDP", "0.035"),
    ("2 per cent of gross domestic product", "0.02"),
    ("5 percent of its GDP", "0.05"),
])
def test_money_shares_of_gdp(text, fraction):
    assert [s.fraction for s in find_shares(text)] == [Decimal(fraction)]


@pytest.mark.parametrize(("text", "fractions"), [
    ("to 3% of GDP by 2028, a year early, and to 3.5% by 2032", ["0.03", "0.035"]),
    ("2% of GDP this year before rising to 2.5 per cent", ["0.02", "0.025"]),
    ("2% of GDP, and grow exports by 5%", ["0.02"]),
    ("3.5% of GDP and 10% of the budget", ["0.035"]),
    ("5% of GDP on defence and related security by 2035, including 3.5% on core military needs", ["0.05", "0.035"]),
    ("3.5% of GDP on core defence – troops, weapons and ammunition – and a further 1.5% on resilience",
     ["0.035", "0.015"]),
])
def test_money_later_steps_of_a_gdp_target(text, fractions):
    assert [s.fraction for s in find_shares(text)] == [Decimal(f) for f in fractions]


@pytest.mark.parametrize(("text", "value"), [
    ("Rs17.9 trillion", "17900000000000"),
    ("Rs2.8tr", "2800000000000"),
    ("Rs 5,000 crore", "50000000000"),
    ("Rs 1.5 lakh crore", "1500000000000"),
])
def test_money_south_asian_scales(text, value):
    assert [(str(a.value), a.currency) for a in find_amounts(text)] == [(value, "INR")]


@pytest.mark.parametrize(("text", "expected"), [
    ("375 million riyals, about $100 million", [("375000000", "SAR")]),
    ("€2bn ($2.2bn)", [("2000000000", "EUR")]),
    ("Rs17.9 trillion and Rs 5,000 crore", [("17900000000000", "INR"), ("50000000000", "INR")]),
])
def test_money_conversions_are_dropped_and_lists_kept(text, expected):
    assert [(str(a.value), a.currency) for a in find_amounts(text)] == expected
