"""Many people saving at once must not fail with "database is locked"."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import close_old_connections, connection, transaction

WRITERS = 8
WRITES_EACH = 25


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_concurrent_write_transactions_all_succeed():
    user_model = get_user_model()
    errors: list[Exception] = []
    barrier = threading.Barrier(WRITERS)

    def writer(n: int) -> None:
        try:
            barrier.wait()
            for i in range(WRITES_EACH):
                # Read-then-write: the pattern that deadlocks with DEFERRED.
                with transaction.atomic():
                    user_model.objects.filter(username__startswith="w").count()
                    user_model.objects.create(username=f"w{n}-{i}")
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert user_model.objects.filter(username__startswith="w").count() == (
        WRITERS * WRITES_EACH
    )
