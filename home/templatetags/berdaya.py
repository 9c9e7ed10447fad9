from django import template

from home.money import format_rupiah

register = template.Library()


@register.filter
def rupiah(value: object) -> str:
    """Show an amount as ``Rp 25.000``."""
    return format_rupiah(value)


@register.filter
def get_item(mapping: dict, key: object) -> object:
    """``{{ mapping|get_item:key }}`` for dictionaries keyed by non-identifiers."""
    if not isinstance(mapping, dict):
        return None
    return mapping.get(key)
