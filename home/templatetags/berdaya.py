from django import template

from home.money import format_rupiah

register = template.Library()


@register.filter
def rupiah(value: object) -> str:
    """Show an amount as ``Rp 25.000``."""
    return format_rupiah(value)
