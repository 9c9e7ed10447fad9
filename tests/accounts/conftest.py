import pytest
from django.contrib.auth.models import Group

from accounts import sms
from accounts.models import Centre, Cohort
from accounts.selectors import CENTRE_STAFF_GROUP
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def sms_outbox():
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def courses(site_root):
    """Two live courses with two and three lessons."""
    index = CourseIndexPage(title="Kursus", slug="kursus")
    site_root.add_child(instance=index)
    topic, _created = Topic.objects.get_or_create(name="Usaha", slug="usaha")
    result = []
    for number, lesson_count in enumerate([2, 3], start=1):
        course = CoursePage(
            title=f"Kursus {number}",
            slug=f"kursus-{number}",
            summary="Ringkas",
            topic=topic,
        )
        index.add_child(instance=course)
        module = ModulePage(title="Modul", slug="modul")
        course.add_child(instance=module)
        for lesson_number in range(lesson_count):
            module.add_child(
                instance=LessonPage(
                    title=f"Pelajaran {lesson_number}",
                    slug=f"pelajaran-{lesson_number}",
                    body=[("text", "<p>Isi</p>")],
                )
            )
        result.append(course)
    return result


@pytest.fixture
def centre_a(db):
    return Centre.objects.create(name="Balai A", slug="balai-a", city="Bekasi")


@pytest.fixture
def centre_b(db):
    return Centre.objects.create(name="Balai B", slug="balai-b", city="Medan")


@pytest.fixture
def cohort_a(centre_a, courses):
    cohort = Cohort.objects.create(centre=centre_a, name="Angkatan A")
    cohort.courses.set(courses)
    cohort.save()
    return cohort


@pytest.fixture
def cohort_b(centre_b):
    return Cohort.objects.create(centre=centre_b, name="Angkatan B")


@pytest.fixture
def staff_a(centre_a):
    user = UserFactory(username="staf-a", centre=centre_a)
    user.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    return user


@pytest.fixture
def staff_client(client, staff_a):
    client.force_login(staff_a)
    return client
