"""The page head: canonical and alternate-language URLs, captured blocks.

``{% page_head as head %}`` gives base.html everything it needs to write one
head block (description, canonical, Open Graph, hreflang) whatever view
rendered the page; the language switch uses the same alternate URLs, plain
links that set no cookie.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.safestring import mark_safe  # safe: see CaptureNode.render
from django.utils.translation import get_language

register = template.Library()

# Page fields that describe a page, in order of preference, when its editor
# wrote no search description.
DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_text")


def site_base_url() -> str:
    """``SITE_BASE_URL`` without a trailing slash: the one public origin."""
    return settings.SITE_BASE_URL.rstrip("/")


def language_urls(path: str) -> dict[str, str]:
    """The path of the current page in each language (``/x/`` and ``/en/x/``)."""
    return dict(_language_urls(path, get_language()))


@lru_cache(maxsize=4096)
def _language_urls(path: str, active: str) -> tuple[tuple[str, str], ...]:
    # Resolving and reversing the path (``translate_url``) on every page, for
    # the head and again for the switch, cost more than the rest of the head:
    # the answer depends only on the path and the active language.
    return tuple(
        (code, translate_url(path, code)) for code, _name in settings.LANGUAGES
    )


def page_description(page) -> str:
    """The page's own words about itself, or an empty string."""
    for field in DESCRIPTION_FIELDS:
        value = getattr(page, field, "") if page is not None else ""
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


@register.simple_tag(takes_context=True)
def page_head(context) -> dict:
    """Canonical URL, hreflang alternates, the language of the content and the
    default share image, for the page being rendered."""
    request = context.get("request")
    page = context.get("page")
    base = site_base_url()
    path = request.path if request is not None else "/"
    urls = language_urls(path)
    alternates = []
    if len(set(urls.values())) == len(urls):
        alternates = [(code, base + url) for code, url in urls.items()]
    # Content written by editors and sellers is Indonesian unless the page is
    # a translation: under /en/ it is marked so (lang="id" on <main>).
    locale = getattr(page, "locale", None)
    content_language = (
        locale.language_code if locale is not None else settings.LANGUAGE_CODE
    )
    return {
        "canonical": base + path,
        "alternates": alternates,
        "x_default": base + urls.get(settings.LANGUAGE_CODE, path),
        "language_urls": urls,
        "content_language": content_language,
        "content_differs": content_language != get_language(),
        "description": page_description(page),
        "share_image": absolute(static("icons/share-default.jpg")),
        "site_url": base + "/",
    }


@register.simple_tag
def absolute(url: str) -> str:
    """``url`` on the public origin (``SITE_BASE_URL``) unless already absolute."""
    if not url or urlsplit(url).scheme:
        return url
    return site_base_url() + url


@register.simple_tag(takes_context=True)
def switch_language_url(context, code: str) -> str:
    """The current page in language ``code``, with its query string."""
    request = context["request"]
    url = language_urls(request.path).get(code) or translate_url(request.path, code)
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str):
        self.nodelist = nodelist
        self.name = name

    def render(self, context) -> str:
        # safe: the template engine escaped every variable while rendering it
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}...{% endcapture %}``: render once, use twice
    (the title block feeds <title> and og:title)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
