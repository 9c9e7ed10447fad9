"""Signed-in pages rendered once for everyone, with each person's parts
filled in per request (the "dynamic page cache" of Drupal, the "hole
punching" of Varnish/ESI, done in the app).

A lesson page is the same for every enrolled learner but for a few places:
the menu (her bell count, her staff link), the offline queue's owner, the
"done" mark and the "Mark as done" form (her progress, her CSRF token).
Those places are written in templates as ``{% personal "template.html" %}``
(``home.templatetags.personal``): rendered normally, that is an include. A
view that answers with :class:`ShellTemplateResponse` and a shell key gets
the page rendered once per key and content version with a marker in each of
those places (the *shell*, kept by ``home.page_cache.cached_by_content``:
dropped whenever the content changes), and per request only the marked
templates are rendered with the request's own context and put in.

What must never be in a shell is anything of the person who happened to
build it: every template part that reads her data is a ``personal`` part,
and views send no shell key when the request carries something else of hers
(flash messages, a query, a preview, an editor's user bar). The markers carry
a token derived from ``SECRET_KEY``, so text written by editors can never
stand for one. ``tests/courses/test_page_shell.py`` compares shell-filled pages
with fully rendered ones, person by person.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from functools import lru_cache

from django.conf import settings
from django.template import Variable, VariableDoesNotExist, engines
from django.template.context import make_context
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from .page_cache import cached_by_content, content_namespace

SHELL_FLAG = "_berdaya_shell"


@lru_cache(maxsize=1)
def _token() -> str:
    return hashlib.sha256(
        f"berdaya-page-shell:{settings.SECRET_KEY}".encode()
    ).hexdigest()[:16]


def marker(template_name: str, memo: tuple[str, ...] = ()) -> str:
    """What a shell holds in place of the personal part ``template_name``
    (``memo``: the variables its HTML depends on, see ``render_part``)."""
    return f"<!--personal:{_token()}:{template_name}:{','.join(memo)}-->"


@lru_cache(maxsize=1)
def _markers() -> re.Pattern:
    return re.compile(rf"<!--personal:{_token()}:([\w./-]+):([\w.,]*)-->")


# Parts whose HTML depends only on a few variables (the main menu: the same
# for everyone with the same bell count and staff link), kept in memory.
MEMO_ENTRIES = 256
_memo: OrderedDict[tuple, str] = OrderedDict()
_memo_lock = threading.Lock()


def _value(name: str, context):
    try:
        return Variable(name).resolve(context)
    except VariableDoesNotExist:
        return None


def render_part(part, context, memo: tuple[str, ...] = ()) -> str:
    """The personal part ``part`` (a template) rendered with ``context``.
    With ``memo``, the part promises to read nothing but those variables,
    whether the visitor is signed in and the language: its HTML is kept in
    the worker's memory by their values (and the content and code version:
    a page title in it may change)."""
    if not memo:
        return part.render(context)
    user = context.get("user")
    key = (
        part.origin.name,
        content_namespace(),
        get_language(),
        bool(user is not None and user.is_authenticated),
        *(_value(name, context) for name in memo),
    )
    with _memo_lock:
        html = _memo.get(key)
        if html is not None:
            _memo.move_to_end(key)
            return html
    html = part.render(context)
    with _memo_lock:
        _memo[key] = html
        while len(_memo) > MEMO_ENTRIES:
            _memo.popitem(last=False)
    return html


def _engine():
    return engines["django"].engine


def fill(shell: str, context: dict, request) -> str:
    """``shell`` with each personal part rendered for ``request``: one
    context, its context processors run once for all the parts."""
    pattern = _markers()
    found = pattern.findall(shell)
    if not found:
        return shell
    engine = _engine()
    templates = {name: engine.get_template(name) for name, _memo_names in found}
    bound = make_context(context, request, autoescape=engine.autoescape)

    def part(match) -> str:
        memo = tuple(name for name in match[2].split(",") if name)
        return render_part(templates[match[1]], bound, memo)

    with bound.bind_template(templates[found[0][0]]):
        return pattern.sub(part, shell)


class ShellTemplateResponse(TemplateResponse):
    """A ``TemplateResponse`` rendered from a shared shell when ``shell_key``
    names one (``None``: rendered in full, as usual). The key must hold every
    input of the page that is not personal (the page, the language, the path,
    the variants such as the data saver); the content version is added."""

    def __init__(self, request, template, context=None, *, shell_key=None, **kwargs):
        super().__init__(request, template, context, **kwargs)
        self.shell_key = shell_key

    @property
    def rendered_content(self):
        if self.shell_key is None:
            return super().rendered_content
        template = self.resolve_template(self.template_name)
        context = self.resolve_context(self.context_data) or {}
        shell = cached_by_content(
            f"shell:{self.shell_key}",
            lambda: template.render({**context, SHELL_FLAG: True}, self._request),
        )
        return fill(shell, context, self._request)
