"""Course reports in the Wagtail admin, for a course's instructors and for
curriculum reviewers: a list of the courses one may see, and one report each."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, StatusFlagColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from .. import selectors


class _MayReadReportsMixin:
    """Only instructors (of some course), curriculum reviewers and superusers;
    anyone else with admin access gets 403."""

    def dispatch(self, request, *args, **kwargs):
        if not selectors.user_may_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CourseReportIndexView(_MayReadReportsMixin, ReportView):
    page_title = _("Course reports")
    header_icon = "doc-full"
    index_url_name = "courses_report_index"
    index_results_url_name = "courses_report_index_results"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Course"),
            get_url=lambda course: reverse("courses_report", args=[course.pk]),
        ),
        Column("enrolled", label=_("Enrolled")),
        StatusFlagColumn(
            "live", label=_("Status"), true_label=_("Published"), false_label=_("Draft")
        ),
    ]
    list_export = ["title", "enrolled", "live"]
    export_headings = {
        "title": _("Course"),
        "enrolled": _("Enrolled"),
        "live": _("Published"),
    }

    def get_queryset(self):
        return selectors.courses_reportable_by(self.request.user).annotate(
            enrolled=Count("enrolments")
        )


class CourseReportView(WagtailAdminTemplateMixin, TemplateView):
    """One course: learners, lessons and item analysis. Another instructor's
    course is a 404, as if it did not exist."""

    template_name = "courses/admin/course_report.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.course = get_object_or_404(
            selectors.courses_reportable_by(request.user), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Report: %(course)s") % {"course": self.course.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_report_index"), "label": _("Course reports")},
            {"url": "", "label": self.course.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = selectors.course_report(course=self.course)
        return context


course_report_index = CourseReportIndexView.as_view()
course_report_index_results = CourseReportIndexView.as_view(results_only=True)
course_report = CourseReportView.as_view()
