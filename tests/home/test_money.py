"""Prices and calculator amounts: ``25,000`` is twenty-five thousand, never Rp 25."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from courses.forms import AmountField, HppForm
from home.money import parse_rupiah
from marketplace.forms import PriceField

# What a user reads (Indonesian is the default language).
FRACTION_MESSAGE = "Tulis rupiah tanpa sen, misalnya 25.000."


def _grouped(amount: int, separator: str) -> str:
    return f"{amount:,}".replace(",", separator)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("25,000", 25000),
        ("25.000", 25000),
        ("Rp 25,000", 25000),
        ("1,250,000", 1250000),
        ("1.250.000", 1250000),
        ("999", 999),
    ],
)
def test_a_separator_before_three_digits_groups_thousands(raw, expected):
    assert parse_rupiah(raw) == expected


@pytest.mark.parametrize(
    "raw", ["25,50", "25,5", "25.5", "25.00", "25,0000", "1.250,50"]
)
def test_cents_are_refused_with_an_example(raw):
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(raw)
    assert refused.value.code == "fraction"
    assert refused.value.messages == [FRACTION_MESSAGE]


@pytest.mark.parametrize(
    "raw", ["1.250,000", "1,250.000", "12345.000", "25,,000", "25.", ",000", "٢٥"]
)
def test_mixed_or_uneven_grouping_is_refused(raw):
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(raw)
    assert refused.value.code == "invalid"


@given(
    amount=st.integers(min_value=0, max_value=10**12),
    separator=st.sampled_from([".", ","]),
)
def test_thousands_grouped_either_way_round_trip(amount, separator):
    assert parse_rupiah(_grouped(amount, separator)) == amount
    assert parse_rupiah(f"Rp {_grouped(amount, separator)}") == amount


@given(
    whole=st.integers(min_value=0, max_value=10**9),
    separator=st.sampled_from([".", ","]),
    cents=st.text(alphabet="0123456789", min_size=1, max_size=6).filter(
        lambda digits: len(digits) != 3
    ),
)
def test_anything_but_three_digits_after_the_last_separator_is_refused(
    whole, separator, cents
):
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(f"{whole}{separator}{cents}")
    assert refused.value.code == "fraction"


def test_the_price_field_stores_twenty_five_thousand():
    assert PriceField().clean("25,000") == 25000
    with pytest.raises(ValidationError) as refused:
        PriceField().clean("25,50")
    assert refused.value.messages == [FRACTION_MESSAGE]


def test_the_calculator_field_reads_a_comma_as_thousands():
    assert AmountField().clean("150,000") == 150000
    form = HppForm(data={"material": "25,50", "units": "10", "markup": "30"})
    assert not form.is_valid()
    assert form.errors["material"] == [FRACTION_MESSAGE]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("25rb", 25_000),
        ("25 ribu", 25_000),
        ("25RB", 25_000),
        ("25k", 25_000),
        ("2,5rb", 2_500),
        ("1,5jt", 1_500_000),
        ("1.5 juta", 1_500_000),
        ("Rp 1,25 jt", 1_250_000),
        ("Rp 25.000", 25_000),
        ("1.500rb", 1_500_000),
    ],
)
def test_spoken_shorthand_is_understood(raw, expected):
    assert parse_rupiah(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1,2345rb", "fraction"),
        ("-5rb", "negative"),
        ("rb", "invalid"),
        ("25 rbu", "invalid"),
        ("1,5,5jt", "invalid"),
    ],
)
def test_bad_shorthand_is_refused(raw, code):
    with pytest.raises(ValidationError) as refused:
        parse_rupiah(raw)
    assert refused.value.code == code
