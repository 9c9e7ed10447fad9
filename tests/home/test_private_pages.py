"""A page for signed-in people only sends visitors to the real sign-in page."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_page(site_root):
    page = StandardPage(title="Anggota", slug="anggota", body="<p>Isi anggota</p>")
    site_root.add_child(instance=page)
    page.save_revision().publish()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


def test_a_visitor_is_sent_to_a_sign_in_page_that_exists(client, members_page):
    response = client.get(members_page.url)
    assert response.status_code == 302
    sign_in = client.get(response["Location"])
    assert sign_in.status_code == 200
    assert 'name="password"' in sign_in.content.decode()
    assert f"next={members_page.url}" in response["Location"]


def test_after_signing_in_the_page_shows(client, members_page):
    client.force_login(UserFactory(username="anggota"))
    assert "Isi anggota" in client.get(members_page.url).content.decode()
