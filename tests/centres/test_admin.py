"""The cohort in the Wagtail admin: its courses are stored by the courses app."""

from django.urls import reverse

from accounts.models import Cohort
from tests.factories import UserFactory


def test_admin_edits_the_courses_of_a_cohort(client, cohort_a, courses):
    admin = UserFactory(username="admin-c", is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailsnippets_accounts_cohort:edit", args=[cohort_a.pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'name="courses" value="{courses[0].pk}"' in html
    assert "checked" in html

    response = client.post(
        url,
        {
            "centre": cohort_a.centre_id,
            "name": "Angkatan A",
            "start_date": "",
            "end_date": "",
            "courses": [courses[1].pk],
        },
    )
    assert response.status_code == 302
    assert list(cohort_a.courses.values_list("pk", flat=True)) == [courses[1].pk]
    assert list(courses[1].cohorts.all()) == [cohort_a]


def test_admin_creates_a_cohort_with_courses(client, centre_a, courses):
    admin = UserFactory(username="admin-d", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        reverse("wagtailsnippets_accounts_cohort:add"),
        {"centre": centre_a.pk, "name": "Angkatan Baru", "courses": [courses[0].pk]},
    )
    assert response.status_code == 302
    cohort = Cohort.objects.get(name="Angkatan Baru")
    assert list(cohort.courses.all()) == [courses[0]]


def test_admin_refuses_an_unknown_course_and_changes_nothing(client, cohort_a, courses):
    admin = UserFactory(username="admin-e", is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailsnippets_accounts_cohort:edit", args=[cohort_a.pk])
    response = client.post(
        url, {"centre": cohort_a.centre_id, "name": "Angkatan A", "courses": [999999]}
    )
    assert response.status_code == 200
    assert set(cohort_a.courses.values_list("pk", flat=True)) == {
        course.pk for course in courses
    }
