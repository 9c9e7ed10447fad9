import socket

import pytest
from django.core.cache import cache
from django.db import connections
from pytest_django.plugin import blocking_manager_key

from home.cache import _outage_until
from home.page_cache import content_version_forget


@pytest.fixture(autouse=True)
def _media_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    content_version_forget()
    yield
    cache.clear()
    content_version_forget()


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


class TaskQueue:
    """The production task queue in a test: django-tasks-db's backend, and
    its worker run on demand (``run()``: every task that is due, then stop;
    it answers how many of Berdaya's own tasks finished, not Wagtail's)."""

    OWN = ("accounts.", "courses.", "marketplace.", "centres.", "home.", "notices.")

    def finished(self) -> int:
        from django_tasks_db.models import DBTaskResult

        return sum(
            path.startswith(self.OWN)
            for path in DBTaskResult.objects.finished().values_list(
                "task_path", flat=True
            )
        )

    def run(self) -> int:
        from django_tasks_db.management.commands.db_worker import Worker

        before = self.finished()
        Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        ).run()
        return self.finished() - before

    def make_due(self) -> None:
        """Pretend the back-off delays have passed."""
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


@pytest.fixture
def task_queue(settings, monkeypatch):
    from django_tasks_db.management.commands import db_worker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes "old" connections between tasks; inside a test's
    # transaction that would close the test's own connection.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return TaskQueue()


# --- Redis down or silent (docs/outages.md): CI cannot stop a real Redis ---


def redis_cache(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "OUTAGE_SECONDS": 10,
            },
        }
    }


@pytest.fixture
def redis_down(settings):
    """Redis stopped: nothing listens on the port."""
    _outage_until.clear()
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")
    yield
    _outage_until.clear()


@pytest.fixture
def redis_silent(settings):
    """Redis hung: the port accepts connections and never answers."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    _outage_until.clear()
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{server.getsockname()[1]}/0")
    yield
    _outage_until.clear()
    server.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the migrated data back after a ``serialized_rollback`` test.

    Django flushes the database when such a test ends and reloads the data
    only when the next one starts. pytest-django runs transactional tests
    last, but under xdist (``--dist loadfile``) a file's transactional tests
    run right after its others, so the next file would find an empty
    database (no content types, locales or site tree)."""
    yield
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("serialized_rollback"):
        return
    if nextitem is None:  # the last test: the test database is gone already
        return
    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
        _site_tree_ensure()
