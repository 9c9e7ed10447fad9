"""The course catalogue, course tree access and what a fresh install needs for them.

Roles are permissions; the groups below only bundle them (granting, never
checking). Migrations ``courses/0002``, ``0005`` and ``0008`` grant the same on
install; :func:`course_site_setup` (``manage.py site_setup``) re-asserts it.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.services import (
    collection_ensure,
    collection_permissions_ensure,
    group_permissions_ensure,
)

from ..models import CourseIndexPage, CourseReviewTask

INSTRUCTORS_GROUP = "Instructors"
REVIEWERS_GROUP = "Curriculum reviewers"
COURSE_WORKFLOW = "Course review"
COURSE_REVIEW_TASK = "Curriculum review"
# Course images live here; instructors and reviewers see no other collection's
# images (showcase photos are in the marketplace's own collection).
COURSE_IMAGES_COLLECTION = "Gambar kursus"

ROLE_PERMISSIONS = {
    INSTRUCTORS_GROUP: ["wagtailadmin.access_admin", "courses.teach_course"],
    REVIEWERS_GROUP: [
        "wagtailadmin.access_admin",
        "courses.add_topic",
        "courses.change_topic",
        "courses.review_submission",
    ],
}
# Nobody publishes course pages directly: an approval in the "Course review"
# workflow publishes them (home.workflows.publish_approved), and its task
# (CourseReviewTask) never lets anyone approve their own change.
PAGE_PERMISSIONS = {
    INSTRUCTORS_GROUP: ["add_page", "change_page"],
    REVIEWERS_GROUP: ["add_page", "change_page", "lock_page"],
}
# Wagtail checks these on its base models, whatever our custom image model is.
COURSE_IMAGE_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
# Worksheets and other course files live here. Instructors and reviewers add
# and choose them, and change (which in Wagtail includes delete and replacing
# the file) only what they uploaded themselves: "add" lets an owner edit her own
# documents, "change" would cover everyone's, a live lesson's worksheet too.
COURSE_WORKSHEETS_COLLECTION = "Lembar kerja kursus"
COURSE_DOCUMENT_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]

CATALOGUE_SLUG = "kursus"
CATALOGUE_TITLE = _("Courses")
CATALOGUE_INTRO = _(
    "Short courses to start and grow a business. Open them on your phone, any time."
)


def course_image_collection() -> Collection:
    """The collection course images are uploaded to (created if missing)."""
    return collection_ensure(name=COURSE_IMAGES_COLLECTION)


def course_worksheet_collection() -> Collection:
    """The collection course documents are uploaded to (created if missing)."""
    return collection_ensure(name=COURSE_WORKSHEETS_COLLECTION)


def course_workflow_ensure() -> Workflow:
    """The "Course review" workflow with its four-eyes "Curriculum review" task."""
    with transaction.atomic():
        reviewers, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
        workflow, _created = Workflow.objects.get_or_create(
            name=COURSE_WORKFLOW, defaults={"active": True}
        )
        if not workflow.workflow_tasks.exists():
            task = CourseReviewTask.objects.filter(
                name=COURSE_REVIEW_TASK, active=True
            ).first()
            if task is None:
                task = CourseReviewTask.objects.create(
                    name=COURSE_REVIEW_TASK, active=True
                )
                task.groups.add(reviewers)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def course_tree_access_ensure(*, index: CourseIndexPage) -> None:
    """Instructors may add and edit under the catalogue, reviewers also publish;
    every change under it goes through the "Course review" workflow.

    Idempotent. A workflow an administrator attached to the catalogue instead
    is kept; the catalogue is never left without one.
    """
    with transaction.atomic():
        for group_name, codenames in PAGE_PERMISSIONS.items():
            group, _created = Group.objects.get_or_create(name=group_name)
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=index,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
        if not WorkflowPage.objects.filter(page=index).exists():
            WorkflowPage.objects.create(page=index, workflow=course_workflow_ensure())


def course_catalogue_ensure(
    *, parent: Page, title: str, slug: str, intro: str
) -> CourseIndexPage:
    """The single CourseIndexPage, with access and workflow set (idempotent).

    ``title`` and ``intro`` are used only when the catalogue is created under
    ``parent``: an existing catalogue keeps what editors wrote.
    """
    with transaction.atomic():
        index = CourseIndexPage.objects.first()
        if index is None:
            index = CourseIndexPage(title=title, slug=slug, intro=intro)
            parent.add_child(instance=index)
            index.full_clean()
            index.save_revision().publish()
        course_tree_access_ensure(index=index)
    return index


def course_roles_ensure() -> None:
    """Groups hold their permissions, and course images and worksheets their
    collection grants (never on the root collection: ``courses/0006``, ``0012``)."""
    images = course_image_collection()
    worksheets = course_worksheet_collection()
    with transaction.atomic():
        for name, permissions in ROLE_PERMISSIONS.items():
            group = group_permissions_ensure(name=name, permissions=permissions)
            collection_permissions_ensure(
                collection=images, group=group, permissions=COURSE_IMAGE_PERMISSIONS
            )
            collection_permissions_ensure(
                collection=worksheets,
                group=group,
                permissions=COURSE_DOCUMENT_PERMISSIONS,
            )


def course_site_setup(*, home: Page) -> CourseIndexPage:
    """What the course tree needs on a fresh install, without demo content."""
    with transaction.atomic():
        course_roles_ensure()
        return course_catalogue_ensure(
            parent=home,
            title=str(CATALOGUE_TITLE),
            slug=CATALOGUE_SLUG,
            intro=str(CATALOGUE_INTRO),
        )
