"""Money arithmetic for a micro business: exact ``Decimal``, whole rupiah.

Used by the lesson practice calculators (``courses.practice``), the saved
costings and the cash book. Rounding rules, the same everywhere:

* a selling price is rounded UP to the next whole rupiah, so the markup (or the
  amount received through a channel) is never smaller than asked;
* a break-even quantity is rounded UP to whole pieces (``ceil``): 142,86 pieces
  means 143 pieces to sell;
* money shown (HPP, profit) is rounded half-up to whole rupiah.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

ONE = Decimal("1")
HUNDRED = Decimal("100")

# Sales channels and what they take from the price, in percent. The
# marketplace's fee differs per platform and programme: it is asked for.
CHANNEL_DIRECT = "direct"
CHANNEL_RESELLER = "reseller"
CHANNEL_CONSIGNMENT = "consignment"
CHANNEL_MARKETPLACE = "marketplace"
RESELLER_DISCOUNT = Decimal("25")
CONSIGNMENT_FEE = Decimal("30")
MARKETPLACE_FEE_DEFAULT = Decimal("10")


def _rupiah(value: Decimal) -> Decimal:
    return value.quantize(ONE, rounding=ROUND_HALF_UP)


def _ceil(value: Decimal) -> Decimal:
    return value.quantize(ONE, rounding=ROUND_CEILING)


@dataclass(frozen=True)
class ChannelPrice:
    channel: str
    fee_percent: Decimal
    shipping: Decimal
    # The price to ask through this channel so you receive ``wanted``.
    price: Decimal
    # What you receive when you ask the direct price through this channel,
    # and what is left after HPP (negative: a loss on every piece).
    received_at_direct_price: Decimal
    profit_at_direct_price: Decimal | None

    @property
    def loss_at_direct_price(self) -> Decimal:
        """The loss on each piece at the direct price (0 when there is none)."""
        if self.profit_at_direct_price is None or self.profit_at_direct_price >= 0:
            return Decimal(0)
        return -self.profit_at_direct_price


def channel_price(
    *, wanted: Decimal, fee_percent: Decimal, shipping: Decimal
) -> Decimal:
    """The price that leaves ``wanted`` after a channel takes ``fee_percent`` of
    it and you pay ``shipping``: (wanted + shipping) ÷ (1 − fee), rounded up to
    the next whole rupiah."""
    if not Decimal(0) <= fee_percent < HUNDRED:
        raise ValueError("fee_percent must be at least 0 and below 100")
    keep = (HUNDRED - fee_percent) / HUNDRED
    return _ceil((wanted + shipping) / keep)


def channel_prices(
    *,
    wanted: Decimal,
    marketplace_fee: Decimal = MARKETPLACE_FEE_DEFAULT,
    shipping: Decimal = Decimal(0),
    cost_per_unit: Decimal | None = None,
) -> list[ChannelPrice]:
    """The price per sales channel so that each piece leaves you ``wanted``.

    ``shipping`` (what you pay to send one piece) applies where you send each
    piece to the buyer: direct/WhatsApp and marketplace orders. A reseller and a
    consignment shop collect their stock, so no shipping is added there.
    """
    channels = (
        (CHANNEL_DIRECT, Decimal(0), shipping),
        (CHANNEL_RESELLER, RESELLER_DISCOUNT, Decimal(0)),
        (CHANNEL_CONSIGNMENT, CONSIGNMENT_FEE, Decimal(0)),
        (CHANNEL_MARKETPLACE, marketplace_fee, shipping),
    )
    direct_price = channel_price(
        wanted=wanted, fee_percent=Decimal(0), shipping=shipping
    )
    rows = []
    for channel, fee, ship in channels:
        received = _rupiah(direct_price * (HUNDRED - fee) / HUNDRED - ship)
        rows.append(
            ChannelPrice(
                channel=channel,
                fee_percent=fee,
                shipping=ship,
                price=channel_price(wanted=wanted, fee_percent=fee, shipping=ship),
                received_at_direct_price=received,
                profit_at_direct_price=(
                    None if cost_per_unit is None else _rupiah(received - cost_per_unit)
                ),
            )
        )
    return rows


@dataclass(frozen=True)
class HppResult:
    total_cost: Decimal
    cost_per_unit: Decimal
    markup_percent: Decimal
    price_per_unit: Decimal
    profit_per_unit: Decimal
    # The profit as a share of the price (what "margin" means).
    margin_percent: Decimal
    profit_per_batch: Decimal
    channels: list[ChannelPrice]


def hpp(
    *,
    material: Decimal,
    labour: Decimal,
    overhead: Decimal,
    units: int,
    markup: Decimal,
    marketplace_fee: Decimal = MARKETPLACE_FEE_DEFAULT,
    shipping: Decimal = Decimal(0),
) -> HppResult:
    """HPP per piece and a selling price with a ``markup`` percent on HPP.

    ``material`` is materials AND packaging (one amount, counted once);
    ``overhead`` is the other costs (gas, electricity), never packaging.
    Price = HPP × (1 + markup/100), rounded up to whole rupiah. The margin is
    the profit as a percent of that price: a 30% markup is a 23,1% margin.
    """
    if units <= 0:
        raise ValueError("units must be positive")
    total = material + labour + overhead
    cost_per_unit = total / units
    price = _ceil(cost_per_unit * (HUNDRED + markup) / HUNDRED)
    profit = price - cost_per_unit
    margin = (profit * HUNDRED / price) if price else Decimal(0)
    return HppResult(
        total_cost=total,
        cost_per_unit=_rupiah(cost_per_unit),
        markup_percent=markup,
        price_per_unit=price,
        profit_per_unit=_rupiah(profit),
        margin_percent=margin.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
        profit_per_batch=_rupiah(profit * units),
        channels=channel_prices(
            wanted=price,
            marketplace_fee=marketplace_fee,
            shipping=shipping,
            cost_per_unit=cost_per_unit,
        ),
    )


@dataclass(frozen=True)
class BepResult:
    margin_per_unit: Decimal
    units: int | None
    revenue: Decimal | None

    @property
    def reachable(self) -> bool:
        return self.units is not None


def break_even(
    *, fixed_costs: Decimal, price: Decimal, variable_cost: Decimal
) -> BepResult:
    """Whole pieces (rounded UP) and the sales needed to cover fixed costs.

    ``variable_cost`` is the cost of one more piece (materials, packaging and
    the other costs that grow with each piece). When the price does not cover
    it, break-even is never reached: ``units`` and ``revenue`` are ``None``.
    """
    margin = price - variable_cost
    if margin <= 0:
        return BepResult(margin_per_unit=margin, units=None, revenue=None)
    units = int(_ceil(fixed_costs / margin))
    return BepResult(margin_per_unit=margin, units=units, revenue=price * units)


@dataclass(frozen=True)
class CashbookLine:
    description: str
    income: Decimal
    expense: Decimal
    balance: Decimal


@dataclass(frozen=True)
class CashbookResult:
    lines: list[CashbookLine]
    total_income: Decimal
    total_expense: Decimal
    balance: Decimal


def cashbook(
    *, opening: Decimal, entries: list[tuple[str, Decimal, Decimal]]
) -> CashbookResult:
    """Running balance over (description, income, expense) entries."""
    balance = opening
    lines = []
    total_in = Decimal(0)
    total_out = Decimal(0)
    for description, income, expense in entries:
        balance = balance + income - expense
        total_in += income
        total_out += expense
        lines.append(CashbookLine(description, income, expense, balance))
    return CashbookResult(lines, total_in, total_out, balance)
