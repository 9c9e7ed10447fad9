from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from courses import calculators
from home.money import format_rupiah, parse_rupiah

D = Decimal


def test_hpp_worked_example_from_the_course():
    # Keripik: bahan 120.000, tenaga 30.000, lain-lain 10.000, 40 bungkus, untung 50%.
    result = calculators.hpp(
        material=D(120000), labour=D(30000), overhead=D(10000), units=40, margin=D(50)
    )
    assert result.total_cost == D(160000)
    assert result.cost_per_unit == D(4000)
    assert result.price_per_unit == D(6000)
    assert result.profit_per_unit == D(2000)
    assert result.profit_per_batch == D(80000)


def test_hpp_price_is_rounded_up_so_margin_is_kept():
    result = calculators.hpp(
        material=D(10000), labour=D(0), overhead=D(0), units=3, margin=D(10)
    )
    # 3333.33 * 1.1 = 3666.67 -> Rp 3.667, never Rp 3.666
    assert result.price_per_unit == D(3667)


def test_break_even_rounds_units_up():
    result = calculators.break_even(
        fixed_costs=D(100000), price=D(15000), variable_cost=D(10000)
    )
    assert result.units == 20
    assert result.revenue == D(300000)
    result = calculators.break_even(
        fixed_costs=D(100001), price=D(15000), variable_cost=D(10000)
    )
    assert result.units == 21


def test_break_even_unreachable_when_price_does_not_cover_cost():
    result = calculators.break_even(
        fixed_costs=D(100000), price=D(8000), variable_cost=D(10000)
    )
    assert not result.reachable
    assert result.units is None


def test_cashbook_running_balance():
    result = calculators.cashbook(
        opening=D(50000),
        entries=[("Jual kue", D(120000), D(0)), ("Beli tepung", D(0), D(45000))],
    )
    assert [line.balance for line in result.lines] == [D(170000), D(125000)]
    assert result.total_income == D(120000)
    assert result.total_expense == D(45000)
    assert result.balance == D(125000)


amounts = st.integers(min_value=0, max_value=10**11)


@given(
    material=amounts,
    labour=amounts,
    overhead=amounts,
    units=st.integers(min_value=1, max_value=10**6),
    margin=st.integers(min_value=0, max_value=1000),
)
def test_hpp_invariants_over_wide_ranges(material, labour, overhead, units, margin):
    result = calculators.hpp(
        material=D(material),
        labour=D(labour),
        overhead=D(overhead),
        units=units,
        margin=D(margin),
    )
    exact_cost = D(material + labour + overhead) / units
    assert result.total_cost == material + labour + overhead
    # The price always covers the exact cost plus the margin asked for.
    assert result.price_per_unit >= exact_cost * (100 + margin) / 100
    assert result.price_per_unit - exact_cost * (100 + margin) / 100 < 1
    assert result.profit_per_unit >= 0


@given(
    fixed=st.integers(min_value=0, max_value=10**11),
    price=st.integers(min_value=1, max_value=10**9),
    variable=st.integers(min_value=0, max_value=10**9),
)
def test_break_even_units_cover_fixed_costs(fixed, price, variable):
    result = calculators.break_even(
        fixed_costs=D(fixed), price=D(price), variable_cost=D(variable)
    )
    if price <= variable:
        assert not result.reachable
        return
    margin = price - variable
    assert result.units * margin >= fixed
    assert (result.units - 1) * margin < fixed or result.units == 0


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_rupiah_round_trips_through_the_parser(amount):
    assert parse_rupiah(format_rupiah(amount)) == amount
    assert parse_rupiah(str(amount)) == amount
