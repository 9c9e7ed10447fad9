"""Practice calculators: the arithmetic lives in ``business.calculators`` (the
saved costings and the cash book use the same code); lessons use it from here."""

from business.calculators import (
    BepResult,
    CashbookResult,
    ChannelPrice,
    HppResult,
    break_even,
    cashbook,
    channel_prices,
    hpp,
)

__all__ = [
    "BepResult",
    "CashbookResult",
    "ChannelPrice",
    "HppResult",
    "break_even",
    "cashbook",
    "channel_prices",
    "hpp",
]
