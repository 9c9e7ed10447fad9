from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from courses import calculators
from home.money import format_rupiah, parse_rupiah

D = Decimal


def test_hpp_worked_example_from_the_course():
    # Keripik: bahan 120.000, tenaga 30.000, lain-lain 10.000, 40 bungkus, untung 50%.
    result = calculators.hpp(
        material=D(120000), labour=D(30000), overhead=D(10000), units=40, markup=D(50)
    )
    assert result.total_cost == D(160000)
    assert result.cost_per_unit == D(4000)
    assert result.price_per_unit == D(6000)
    assert result.profit_per_unit == D(2000)
    assert result.profit_per_batch == D(80000)


def test_hpp_price_is_rounded_up_so_margin_is_kept():
    result = calculators.hpp(
        material=D(10000), labour=D(0), overhead=D(0), units=3, markup=D(10)
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
        markup=D(margin),
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


# --- issue 17 items 2 and 7: markup vs margin, price per channel, ceil BEP ------


def _channels(result):
    return {row.channel: row for row in result.channels}


def test_markup_on_hpp_and_the_margin_it_makes():
    # HPP Rp 4.000 with a 30% markup: price Rp 5.200, profit Rp 1.200,
    # which is 23,1% of the price (the margin), not 30%.
    result = calculators.hpp(
        material=D(40000), labour=D(0), overhead=D(0), units=10, markup=D(30)
    )
    assert result.cost_per_unit == D(4000)
    assert result.price_per_unit == D(5200)
    assert result.profit_per_unit == D(1200)
    assert result.markup_percent == D(30)
    assert result.margin_percent == D("23.1")


def test_the_direct_price_through_a_reseller_or_consignment_loses_money():
    result = calculators.hpp(
        material=D(40000), labour=D(0), overhead=D(0), units=10, markup=D(30)
    )
    channels = _channels(result)
    assert channels["direct"].price == D(5200)
    # A reseller takes 25% off Rp 5.200: you receive Rp 3.900, Rp 100 under HPP.
    assert channels["reseller"].received_at_direct_price == D(3900)
    assert channels["reseller"].profit_at_direct_price == D(-100)
    assert channels["reseller"].loss_at_direct_price == D(100)
    # Consignment keeps 30%: Rp 3.640, Rp 360 under HPP.
    assert channels["consignment"].received_at_direct_price == D(3640)
    assert channels["consignment"].profit_at_direct_price == D(-360)
    assert channels["direct"].loss_at_direct_price == D(0)


def test_price_per_channel_so_you_receive_what_you_want():
    result = calculators.hpp(
        material=D(40000), labour=D(0), overhead=D(0), units=10, markup=D(30)
    )
    channels = _channels(result)
    # 5.200 / 0,75 = 6.933,33 -> rounded UP to the next whole rupiah.
    assert channels["reseller"].price == D(6934)
    # 5.200 / 0,70 = 7.428,57 -> Rp 7.429.
    assert channels["consignment"].price == D(7429)
    # Marketplace, default fee 10%: 5.200 / 0,9 = 5.777,78 -> Rp 5.778.
    assert channels["marketplace"].fee_percent == D(10)
    assert channels["marketplace"].price == D(5778)
    # Rounding up never leaves less than wanted.
    for row in result.channels:
        assert row.price * (100 - row.fee_percent) / 100 - row.shipping >= D(5200)


def test_marketplace_fee_and_shipping_are_taken_into_account():
    rows = {
        row.channel: row
        for row in calculators.channel_prices(
            wanted=D(5200), marketplace_fee=D(20), shipping=D(1000)
        )
    }
    # (5.200 + 1.000) / 0,8 = 7.750; direct adds the shipping you pay.
    assert rows["marketplace"].price == D(7750)
    assert rows["direct"].price == D(6200)
    # A reseller collects the stock: no shipping per piece.
    assert rows["reseller"].price == D(6934)


def test_break_even_is_whole_units_rounded_up():
    result = calculators.break_even(
        fixed_costs=D(500000), price=D(10000), variable_cost=D(6500)
    )
    # 500.000 / 3.500 = 142,86 -> 143 pieces, never 142 or 142,86.
    assert result.units == 143
    assert isinstance(result.units, int)
    assert result.revenue == D(1430000)


def test_packaging_is_counted_once_in_materials():
    # The lesson: materials with packaging Rp 120.000 for 40 packs; gas
    # Rp 10.000. Packaging is not added again under other costs.
    with_packaging_in_materials = calculators.hpp(
        material=D(120000), labour=D(0), overhead=D(10000), units=40, markup=D(0)
    )
    assert with_packaging_in_materials.cost_per_unit == D(3250)
