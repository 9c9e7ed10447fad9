"""The admin's document form: a file that a published page links is not
replaced in place.

Replacing a document's file changes every page that links it at once, with no
review: a published lesson's worksheet would change under the learners' eyes.
So the form refuses a new file for a document a live page
refers to (Wagtail's reference index), except for administrators. The editor
uploads the new file as a new document and chooses it in the page, and that
change goes through the page's review like any other.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Page, ReferenceIndex

FILE_USED_BY_LIVE_PAGE = _(
    "A published page uses this file, so it cannot be replaced here. Upload the "
    "new file as a new document and choose it in the page: the change then goes "
    "to review."
)


def document_used_by_live_page(document) -> bool:
    """Does a published page link ``document`` (its live version)?"""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    ids = [int(pk) for pk in page_ids if str(pk).isdigit()]
    return bool(ids) and Page.objects.live().filter(pk__in=ids).exists()


class DocumentForm(BaseDocumentForm):
    """``WAGTAILDOCS_DOCUMENT_FORM_BASE``: Wagtail's form, plus the rule above."""

    def __init__(self, *args, **kwargs):
        self.editing_user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        user = self.editing_user
        if (
            self.instance.pk
            and "file" in self.changed_data
            and not (user is not None and user.is_superuser)
            and document_used_by_live_page(self.instance)
        ):
            self.add_error("file", FILE_USED_BY_LIVE_PAGE)
        return cleaned
