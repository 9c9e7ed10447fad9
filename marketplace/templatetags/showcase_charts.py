"""Small charts drawn on the server as inline SVG (no chart library)."""

from __future__ import annotations

from django import template
from django.utils import formats

register = template.Library()

WIDTH = 120
HEIGHT = 32
PAD = 2


def _points(values: list[int], top: int) -> str:
    if not values:
        return ""
    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)
    span = HEIGHT - 2 * PAD
    return " ".join(
        f"{PAD + i * step:.1f},{HEIGHT - PAD - (value / top) * span:.1f}"
        for i, value in enumerate(values)
    )


@register.inclusion_tag("marketplace/includes/sparkline.html")
def sparkline(row: dict) -> dict:
    """Views and questions of one product, day by day, as two lines; with a
    sentence saying the same for screen readers."""
    views, questions, days = row["daily_views"], row["daily_questions"], row["days"]
    top = max([*views, *questions, 1])
    busiest = max(range(len(views)), key=lambda i: (views[i], i)) if views else 0
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "views_points": _points(views, top),
        "questions_points": _points(questions, top),
        "views_total": sum(views),
        "questions_total": sum(questions),
        "busiest_day": formats.date_format(days[busiest], "j M") if days else "",
        "busiest_views": views[busiest] if views else 0,
        "days": len(days),
    }
