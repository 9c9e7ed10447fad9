"""``{% personal "template.html" %}``: a part of the page that belongs to the
person reading it (``home.page_shell``).

Rendered normally it is ``{% include "template.html" %}``. While a shell is
built, it writes a marker instead, and the part is rendered per request.

``{% personal "template.html" memo a b c %}``: the part reads nothing but the
variables ``a``, ``b``, ``c``, whether the visitor is signed in and the
language; its HTML is kept in the worker's memory by those values (the main
menu is the same for everyone with the same bell count and staff link).
"""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe  # safe: see PersonalNode.render

from home.page_shell import SHELL_FLAG, marker, render_part

register = template.Library()


class PersonalNode(template.Node):
    def __init__(self, template_name: str, memo: list[str] | None = None):
        self.template_name = template_name
        self.memo = tuple(memo or ())

    def render(self, context) -> str:
        if context.get(SHELL_FLAG):
            # safe: a fixed comment with names written in this template
            return mark_safe(marker(self.template_name, self.memo))  # noqa: S308
        part = context.template.engine.get_template(self.template_name)
        return render_part(part, context, self.memo)


@register.tag
def personal(parser, token):
    bits = token.split_contents()
    quoted = len(bits) >= 2 and bits[1][0] in "\"'" and bits[1][0] == bits[1][-1]
    if not quoted or (len(bits) > 2 and (bits[2] != "memo" or len(bits) == 3)):
        raise template.TemplateSyntaxError(
            'Usage: {% personal "template.html" [memo variable ...] %}'
        )
    return PersonalNode(bits[1][1:-1], bits[3:])
