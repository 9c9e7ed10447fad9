"""``manage.py site_setup``: a production install without demo content.

The test database is migrated (pytest-django runs every migration) and holds
only the bare home page tree; nothing here runs ``seed_demo``.
"""

import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from courses.services.catalogue import COURSE_IMAGES_COLLECTION
from home.models import HomePage
from home.setup import SITE_SETUP_HOOK
from tests.factories import UserFactory
from tests.images import jpeg_with_gps

pytestmark = pytest.mark.django_db


def _site_setup() -> str:
    out = io.StringIO()
    call_command("site_setup", stdout=out)
    return out.getvalue()


def _perms(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }


def _snapshot() -> dict:
    """Everything site_setup writes, as comparable values."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "pk", "title", "slug", "live", "latest_revision_id", "url_path"
            )
        ),
        "revisions": Revision.objects.count(),
        "home": list(
            HomePage.objects.values_list(
                "hero_title", "hero_text", "learn_button", "shop_button"
            )
        ),
        "catalogue": list(CourseIndexPage.objects.values_list("title", "intro")),
        "sites": list(
            Site.objects.values_list(
                "pk", "hostname", "port", "site_name", "root_page_id"
            )
        ),
        "groups": {
            group.name: sorted(group.permissions.values_list("pk", flat=True))
            for group in Group.objects.all()
        },
        "page_permissions": sorted(
            GroupPagePermission.objects.values_list(
                "group_id", "page_id", "permission_id"
            )
        ),
        "collection_permissions": sorted(
            GroupCollectionPermission.objects.values_list(
                "group_id", "collection_id", "permission_id"
            )
        ),
        "collections": list(
            Collection.objects.order_by("path").values_list("pk", "name")
        ),
        "workflows": sorted(Workflow.objects.values_list("pk", "name", "active")),
        "tasks": sorted(Task.objects.values_list("pk", "name")),
        "workflow_tasks": sorted(
            WorkflowTask.objects.values_list("workflow_id", "task_id")
        ),
        "workflow_pages": sorted(
            WorkflowPage.objects.values_list("page_id", "workflow_id")
        ),
        "permissions": Permission.objects.count(),
    }


@pytest.fixture
def set_up():
    _site_setup()
    return CourseIndexPage.objects.get()


@pytest.fixture
def instructor(set_up):
    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name="Instructors"))
    return instructor


@pytest.fixture
def module(set_up, instructor):
    """A course with one module, as a reviewer would have published it, that
    the instructor is listed on."""
    course = CoursePage(
        title="Mengelola Keuangan",
        slug="keuangan",
        summary="Ringkasan",
        topic=Topic.objects.get(slug="keuangan"),
    )
    set_up.add_child(instance=course)
    course.instructors.add(instructor)
    course.save_revision().publish()
    module = ModulePage(title="Modul 1", slug="modul-1")
    course.add_child(instance=module)
    module.save_revision().publish()
    return module


@pytest.fixture
def instructor_client(client, instructor):
    client.force_login(instructor)
    return client


def _lesson_form(title: str, slug: str) -> dict:
    text = {
        "blocks": [
            {
                "key": "a",
                "text": "Isi pelajaran.",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
    return {
        "title": title,
        "slug": slug,
        "summary": "",
        "minutes": "5",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-value": json.dumps(text),
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b1",
    }


def _photo(name="foto.jpg"):
    return SimpleUploadedFile(name, jpeg_with_gps((320, 240)), "image/jpeg")


def test_site_setup_attaches_the_review_workflow_to_the_catalogue(set_up):
    workflow = set_up.get_workflow()
    assert workflow is not None and workflow.name == "Course review"
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [task.name for task in tasks] == ["Curriculum review"]
    assert list(tasks[0].groups.values_list("name", flat=True)) == [
        "Curriculum reviewers"
    ]
    assert set_up.live and set_up.get_parent().specific_class is HomePage
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


def test_site_setup_adds_no_demo_content(set_up):
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.exists()
    assert not CoursePage.objects.exists()
    assert get_image_model().objects.count() == 0


def test_groups_hold_their_permissions(set_up):
    assert _perms("Instructors") == {
        "wagtailadmin.access_admin",
        "courses.teach_course",
    }
    assert {
        "wagtailadmin.access_admin",
        "courses.review_submission",
        "courses.change_topic",
    } <= _perms("Curriculum reviewers")
    assert {"wagtailadmin.access_admin", "marketplace.curate_showcase"} <= _perms(
        "Curators"
    )
    assert _perms("Centre staff") == {"accounts.view_centre_people"}


def test_image_grants_live_in_their_collections_not_on_the_root(set_up):
    root = Collection.get_first_root_node()
    assert not GroupCollectionPermission.objects.filter(
        collection=root, permission__content_type__app_label="wagtailimages"
    ).exists()
    assert not GroupCollectionPermission.objects.filter(
        permission__content_type__app_label="home"
    ).exists()
    course_images = root.get_children().get(name=COURSE_IMAGES_COLLECTION)
    granted = {
        (grant.group.name, grant.permission.codename)
        for grant in GroupCollectionPermission.objects.filter(
            collection=course_images
        ).select_related("group", "permission")
    }
    for group in ("Instructors", "Curriculum reviewers"):
        for codename in ("add_image", "change_image", "choose_image"):
            assert (group, codename) in granted


def test_instructor_opens_admin_and_submits_a_new_lesson(module, instructor_client):
    assert instructor_client.get("/admin/").status_code == 200
    add_url = reverse(
        "wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]
    )
    assert instructor_client.get(add_url).status_code == 200
    data = {**_lesson_form("Pelajaran baru", "pelajaran-baru"), "action-submit": "1"}
    response = instructor_client.post(add_url, data)
    assert response.status_code == 302, response.content[:2000]

    lesson = LessonPage.objects.get(slug="pelajaran-baru")
    assert lesson.get_parent().pk == module.pk
    assert not lesson.live
    state = lesson.current_workflow_state
    assert state is not None and state.workflow.name == "Course review"
    assert state.current_task_state.task.name == "Curriculum review"


def test_instructor_cannot_publish_a_lesson(module, instructor_client):
    add_url = reverse(
        "wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]
    )
    data = {**_lesson_form("Langsung", "langsung"), "action-publish": "1"}
    instructor_client.post(add_url, data)
    assert not LessonPage.objects.filter(slug="langsung", live=True).exists()


def test_instructor_uploads_an_image_into_the_course_collection(
    set_up, instructor_client
):
    assert instructor_client.get(reverse("wagtailimages:add")).status_code == 200
    assert (
        instructor_client.get(reverse("wagtailimages:add_multiple")).status_code == 200
    )
    course_images = Collection.objects.get(name=COURSE_IMAGES_COLLECTION)
    response = instructor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Contoh label", "file": _photo(), "collection": course_images.pk},
    )
    assert response.status_code == 302, response.content[:2000]
    image = get_image_model().objects.get(title="Contoh label")
    assert image.collection == course_images

    response = instructor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _photo("kemasan.jpg"), "collection": course_images.pk},
    )
    assert response.json()["success"] is True
    assert {image.collection for image in get_image_model().objects.all()} == {
        course_images
    }


def test_instructor_upload_never_lands_in_the_root_collection(
    set_up, instructor_client
):
    root = Collection.get_first_root_node()
    response = instructor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Di akar", "file": _photo(), "collection": root.pk},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Di akar")
    assert image.collection.name == COURSE_IMAGES_COLLECTION


def test_site_setup_twice_changes_nothing(set_up):
    before = _snapshot()
    _site_setup()
    assert _snapshot() == before


def test_site_setup_keeps_what_editors_changed(set_up, settings):
    home = HomePage.objects.get()
    home.hero_title = "Judul dari editor"
    home.save_revision().publish()
    set_up.title = "Kelas usaha"
    set_up.intro = "Pengantar dari editor."
    set_up.save_revision().publish()
    # The Site's host name and port follow SITE_BASE_URL (tests/home/test_sitemap.py);
    # its root page and name are the administrator's.
    settings.SITE_BASE_URL = "https://berdaya.example"
    site = Site.objects.get(is_default_site=True)
    site.hostname = "berdaya.example"
    site.port = 443
    site.site_name = "Berdaya Bekasi"
    site.save()

    before = _snapshot()
    _site_setup()
    assert _snapshot() == before
    assert HomePage.objects.get().hero_title == "Judul dari editor"
    index = CourseIndexPage.objects.get()
    assert (index.title, index.intro) == ("Kelas usaha", "Pengantar dari editor.")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.site_name) == ("berdaya.example", "Berdaya Bekasi")


def test_site_setup_restores_missing_grants_and_workflow(set_up):
    """Safe on every deploy: what an accident removed comes back."""
    instructors = Group.objects.get(name="Instructors")
    instructors.permissions.clear()
    GroupPagePermission.objects.filter(group=instructors).delete()
    GroupCollectionPermission.objects.filter(group=instructors).delete()
    WorkflowPage.objects.filter(page=set_up).delete()

    _site_setup()
    assert _perms("Instructors") == {
        "wagtailadmin.access_admin",
        "courses.teach_course",
    }
    assert GroupPagePermission.objects.filter(group=instructors, page=set_up).count()
    assert GroupCollectionPermission.objects.filter(group=instructors).exists()
    assert CourseIndexPage.objects.get().get_workflow().name == "Course review"


def test_site_setup_keeps_a_workflow_an_administrator_chose(set_up):
    own = Workflow.objects.create(name="Dua penilai", active=True)
    WorkflowPage.objects.filter(page=set_up).update(workflow=own)
    _site_setup()
    assert CourseIndexPage.objects.get().get_workflow() == own


def test_each_app_adds_its_step_through_the_hook(set_up):
    seen = []

    def step(*, home):
        seen.append(home)

    with hooks.register_temporarily(SITE_SETUP_HOOK, step, order=99):
        _site_setup()
    assert seen == [HomePage.objects.get()]


def test_a_new_installs_welcome_page_gives_way_to_the_home_page(set_up):
    """Wagtail starts with a "Welcome" page as the site root; other pages stay."""
    root = Page.get_first_root_node()
    welcome = root.add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home")
    )
    other = root.add_child(instance=Page(title="Situs mitra", slug="mitra"))
    Site.objects.filter(is_default_site=True).update(root_page=welcome)

    _site_setup()
    assert (
        Site.objects.get(is_default_site=True).root_page_id == HomePage.objects.get().pk
    )
    assert not Page.objects.filter(pk=welcome.pk).exists()
    assert Page.objects.filter(pk=other.pk).exists()
