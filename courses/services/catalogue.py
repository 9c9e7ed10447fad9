"""Course tree access and the course catalogue."""

from __future__ import annotations

from django.db import transaction

INSTRUCTORS_GROUP = "Instructors"
REVIEWERS_GROUP = "Curriculum reviewers"
COURSE_WORKFLOW = "Course review"


def course_tree_access_ensure(*, index) -> None:
    """Instructors may add and edit under the catalogue, reviewers also publish;
    every change under it goes through the "Course review" workflow. Idempotent."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    def page_permission(codename: str) -> Permission:
        return Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )

    grants = {
        INSTRUCTORS_GROUP: ["add_page", "change_page"],
        REVIEWERS_GROUP: ["add_page", "change_page", "publish_page", "lock_page"],
    }
    with transaction.atomic():
        for group_name, codenames in grants.items():
            group = Group.objects.get(name=group_name)
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=index, permission=page_permission(codename)
                )
        workflow = Workflow.objects.get(name=COURSE_WORKFLOW)
        WorkflowPage.objects.update_or_create(
            page=index, defaults={"workflow": workflow}
        )


def course_catalogue_ensure(*, parent, title: str, slug: str, intro: str):
    """The single CourseIndexPage under ``parent``, with access and workflow set."""
    from ..models import CourseIndexPage

    with transaction.atomic():
        index = CourseIndexPage.objects.first()
        if index is None:
            index = CourseIndexPage(title=title, slug=slug, intro=intro)
            parent.add_child(instance=index)
        else:
            index.title = title
            index.intro = intro
        index.full_clean()
        index.save_revision().publish()
        course_tree_access_ensure(index=index)
    return index
