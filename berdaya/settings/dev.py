"""Local development: `make run`. Nothing but Python needed."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env(
    "DJANGO_SECRET_KEY",
    default="dev-only-insecure-key-do-not-use-in-production-5d7f3a",
)
BERDAYA_DEMO_MODE = env.bool("BERDAYA_DEMO_MODE", default=True)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["*"])

# Tasks (mail, SMS) run inside the request: `make run` needs no worker. Set
# BERDAYA_TASKS=database and run `python manage.py db_worker` to try the queue.
BERDAYA_TASKS = env("BERDAYA_TASKS", default="immediate")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[BERDAYA_TASKS]}}  # noqa: F405
