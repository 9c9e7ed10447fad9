"""A lesson's body, rendered once per publish.

Rendering the StreamField (rich text with its page links, pictures with
their renditions, steps, glossaries) is most of the work of a lesson page,
and it is the same for every learner. ``lesson_body`` renders each block
once and keeps the HTML under the content version (``home.page_cache``): a
publish, a move or a changed picture drops it. Calculator blocks are the
exception: they are bound to the learner's own input on every request, so
only their place, id and raw settings are kept (``courses.practice``).

With "Hemat kuota" on (``accounts.selectors.data_saver_for``), pictures are
rendered as placeholders that download nothing (``data_saver`` in the blocks'
context): that rendering is kept under its own key.

Previews are never cached: they show a draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import translation
from django.utils.safestring import SafeString  # safe: a type, block HTML

from home.page_cache import cached_by_content

from ..models import LessonPage
from ..practice import FORMS


@dataclass(frozen=True)
class BodyPart:
    id: str
    block_type: str
    # safe: rendered by the block's own template, which escapes its values.
    html: SafeString | None = None  # None for a calculator
    value: Any = None  # a calculator's raw settings (its intro)

    @property
    def is_practice(self) -> bool:
        return self.html is None


def _build(body, data_saver: bool) -> list[BodyPart]:
    context = {"data_saver": data_saver}
    parts = []
    for block in body:
        if block.block_type in FORMS:
            raw = next(
                (item["value"] for item in body.raw_data if item["id"] == block.id),
                {},
            )
            parts.append(BodyPart(block.id, block.block_type, value=raw))
        else:
            parts.append(
                BodyPart(
                    block.id,
                    block.block_type,
                    html=block.render_as_block(context=context),
                )
            )
    return parts


def lesson_body(
    page: LessonPage, *, preview: bool = False, data_saver: bool = False
) -> list[BodyPart]:
    """The blocks of ``page.body`` in order, rendered (cached unless a preview);
    with ``data_saver``, pictures wait for a tap."""
    if preview:
        return _build(page.body, data_saver)
    language = translation.get_language()
    saver = "saver" if data_saver else "full"
    key = f"courses:lesson-body:{page.pk}:{page.live_revision_id}:{language}:{saver}"
    return cached_by_content(key, lambda: _build(page.body, data_saver))
