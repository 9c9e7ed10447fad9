import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_root(db):
    """The demo home page and site tree, as `seed_demo` creates them."""
    from home.demo import seed

    return seed()["home"]


@pytest.fixture
def learner(db, django_user_model):
    return django_user_model.objects.create_user(
        username="learner", password="pw-learner-123", display_name="Rina"
    )


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
