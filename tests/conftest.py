import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def _site_tree_ensure():
    from home.demo import site_tree_seed

    return site_tree_seed()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo page tree once per test database, not once per test.

    Every test runs in a transaction that is rolled back, so the tree is
    back to this state for the next test.
    """
    with django_db_blocker.unblock():
        _site_tree_ensure()


@pytest.fixture
def site_root(db):
    """The demo home page and site tree, as `seed_demo` creates them."""
    from home.models import HomePage

    return HomePage.objects.first() or _site_tree_ensure()


@pytest.fixture
def learner(db, django_user_model):
    return django_user_model.objects.create_user(
        username="learner", password="pw-learner-123", display_name="Rina"
    )


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
