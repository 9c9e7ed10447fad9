"""Forms for centre staff and the cohort admin. Fields are always listed explicitly."""

from __future__ import annotations

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.models import Cohort
from courses.selectors import assignable_courses
from courses.services import cohort_courses_set

MAX_IMPORT_BYTES = 1024 * 1024


class CohortImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_("Columns: display name, legal name, phone (optional)."),
    )
    rows = forms.CharField(
        label=_("Or paste rows"),
        required=False,
        max_length=MAX_IMPORT_BYTES,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One learner per line: display name, legal name, phone."),
    )
    # One-time token: sending the same page twice imports the list once.
    token = forms.UUIDField(
        widget=forms.HiddenInput, initial=uuid.uuid4, required=False
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("rows", "")
        if upload:
            if upload.size > MAX_IMPORT_BYTES:
                self.add_error("file", _("The file is larger than 1 MB."))
                return cleaned
            raw = upload.read()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
        if not text.strip():
            # On the first field, so the error summary links to it.
            self.add_error("file", _("Choose a CSV file or paste rows."))
            return cleaned
        cleaned["text"] = text
        return cleaned


class CohortAdminForm(WagtailAdminModelForm):
    """The cohort in the admin, with the courses assigned to it.

    The assignment is stored by the courses app (``CoursePage.cohorts``); this
    form only offers the choice and hands it to ``courses.services``.
    """

    courses = forms.ModelMultipleChoiceField(
        label=_("assigned courses"),
        queryset=assignable_courses(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Cohort
        fields = ["centre", "name", "start_date", "end_date"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["courses"].initial = list(
                self.instance.courses.values_list("pk", flat=True)
            )

    def save(self, commit: bool = True) -> Cohort:
        cohort = super().save(commit=commit)
        if commit:
            cohort_courses_set(cohort=cohort, courses=self.cleaned_data["courses"])
        return cohort
