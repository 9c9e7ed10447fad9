"""``{% personal "template.html" %}``: a part of the page that belongs to the
person reading it (``home.page_shell``).

Rendered normally it is ``{% include "template.html" %}``. While a shell is
built, it writes a marker instead, and the part is rendered per request.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe  # safe: see PersonalNode.render

from home.page_shell import SHELL_FLAG, marker

register = template.Library()


class PersonalNode(template.Node):
    def __init__(self, template_name: str):
        self.template_name = template_name

    def render(self, context) -> str:
        if context.get(SHELL_FLAG):
            # safe: a fixed comment with a template name from this template
            return mark_safe(marker(self.template_name))  # noqa: S308
        part = context.template.engine.get_template(self.template_name)
        return part.render(context)


@register.tag
def personal(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(
            'Usage: {% personal "template.html" %} (a quoted template name)'
        )
    return PersonalNode(bits[1][1:-1])
