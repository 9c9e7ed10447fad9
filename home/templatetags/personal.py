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

import threading
from collections import OrderedDict

from django import template
from django.utils.safestring import mark_safe  # safe: see PersonalNode.render
from django.utils.translation import get_language

from home.page_shell import SHELL_FLAG, marker

register = template.Library()


MEMO_ENTRIES = 256
_memo: OrderedDict[tuple, str] = OrderedDict()
_memo_lock = threading.Lock()


class PersonalNode(template.Node):
    def __init__(self, template_name: str, memo: list[str] | None = None):
        self.template_name = template_name
        self.memo = [template.Variable(name) for name in memo or []]

    def render(self, context) -> str:
        if context.get(SHELL_FLAG):
            # safe: a fixed comment with a template name from this template
            return mark_safe(marker(self.template_name))  # noqa: S308
        if not self.memo:
            return self._render(context)
        user = context.get("user")
        key = (
            self.template_name,
            get_language(),
            bool(user is not None and user.is_authenticated),
            *(self._value(variable, context) for variable in self.memo),
        )
        with _memo_lock:
            html = _memo.get(key)
            if html is not None:
                _memo.move_to_end(key)
                return html
        html = self._render(context)
        with _memo_lock:
            _memo[key] = html
            while len(_memo) > MEMO_ENTRIES:
                _memo.popitem(last=False)
        return html

    def _render(self, context) -> str:
        part = context.template.engine.get_template(self.template_name)
        return part.render(context)

    @staticmethod
    def _value(variable, context):
        try:
            return variable.resolve(context)
        except template.VariableDoesNotExist:
            return None


@register.tag
def personal(parser, token):
    bits = token.split_contents()
    quoted = len(bits) >= 2 and bits[1][0] in "\"'" and bits[1][0] == bits[1][-1]
    if not quoted or (len(bits) > 2 and (bits[2] != "memo" or len(bits) == 3)):
        raise template.TemplateSyntaxError(
            'Usage: {% personal "template.html" [memo variable ...] %}'
        )
    return PersonalNode(bits[1][1:-1], bits[3:])
