"""gunicorn settings for Berdaya (``gunicorn -c deploy/gunicorn.conf.py``).

Every value can be changed by the environment, so one file serves every
instance: the systemd unit ``berdaya-web@PORT`` sets ``BERDAYA_BIND``.
"""

import multiprocessing
import os

# One instance per port, behind nginx on the same machine (deploy/nginx/).
bind = os.environ.get("BERDAYA_BIND", "127.0.0.1:8001")
wsgi_app = "berdaya.wsgi:application"

# Sync workers with a few threads each: requests are short, uploads are
# buffered by nginx, and slow work (mail, SMS) runs in the task worker.
workers = int(
    os.environ.get("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 9))
)
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A request that takes longer is a bug or a stuck dependency: kill the worker
# rather than let the site stop answering. nginx waits a little longer.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5

# Restart workers now and then (memory fragmentation from image processing).
# 0 turns it off (the bench: at its rates a worker would restart every few
# seconds, and each restart loads the whole application again).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = 100 if max_requests else 0

# Only nginx on this machine may say "this request came over HTTPS"
# (X-Forwarded-Proto). Client addresses are read by home.client_ip with
# BERDAYA_TRUSTED_PROXIES, not by gunicorn.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# nginx writes the access log; gunicorn logs errors to stderr (the journal).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = f"berdaya-{bind.rsplit(':', 1)[-1]}"

# Uploads are spooled in memory or /tmp by Django; keep worker heartbeats off
# disk-backed /tmp so a full disk cannot stall them.
# safe: gunicorn's documented heartbeat directory (RAM), not a shared temp file.
SHM = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHM if os.path.isdir(SHM) else None

# No gunicorn control socket (gunicorn 24+): systemd manages the instances,
# and several instances would share its one default path.
control_socket_disable = True
