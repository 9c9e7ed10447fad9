import pytest
from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_page(site_root):
    page = StandardPage(title="Rahasia", slug="rahasia", body="<p>Isi rahasia</p>")
    site_root.add_child(instance=page)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="benar-123"
    )
    return page, restriction


def _url(page, restriction):
    return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def test_private_page_password_works(client, private_page):
    page, restriction = private_page
    assert "Isi rahasia" not in client.get(page.url).content.decode()
    response = client.post(
        _url(page, restriction), {"password": "benar-123", "return_url": page.url}
    )
    assert response.status_code == 302
    assert "Isi rahasia" in client.get(page.url).content.decode()


def test_private_page_password_guesses_are_limited(client, private_page):
    page, restriction = private_page
    for _ in range(5):
        response = client.post(
            _url(page, restriction), {"password": "salah", "return_url": page.url}
        )
        assert response.status_code == 200
    blocked = client.post(
        _url(page, restriction), {"password": "benar-123", "return_url": page.url}
    )
    assert blocked.status_code == 429
    assert "Terlalu banyak percobaan" in blocked.content.decode()
    assert "Isi rahasia" not in client.get(page.url).content.decode()
