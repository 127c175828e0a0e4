"""gunicorn settings for production, sized for a small server (2 cores, 2-4 GB of memory) behind a
proxy such as nginx that terminates TLS, buffers slow clients and serves /media/.

Start with `gunicorn -c gunicorn.conf.py` from the project folder; any setting can still be
overridden on the command line (the fault tests pass --bind and --workers) or through the
environment variables read below.
"""

import gc
import os

# The Django project; production settings unless DJANGO_SETTINGS_MODULE says otherwise (wsgi.py).
wsgi_app = "wimc_site.wsgi:application"

# Only the proxy on this machine talks to gunicorn.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Three processes for two cores: one can wait on the database while two use the CPUs. Each holds a
# full Django + Wagtail (about 150 MB, more while Pillow renders an image), so more would crowd a
# small server's memory. WEB_CONCURRENCY changes it on a bigger machine.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))

# Synchronous workers: one request per process at a time, so `timeout` below really bounds every
# request (a threaded worker keeps heart-beating while one of its threads hangs). The proxy buffers
# slow clients, which is what would otherwise tie a sync worker up.
worker_class = "sync"

# A request still running after 30 s has its worker killed and restarted (the visitor gets the
# proxy's 502): a runaway request must not hold one of three workers for longer. Work that may take
# longer than this belongs in a background task, not in a request.
timeout = 30

# On a restart or deploy (SIGTERM / SIGHUP), requests in flight get 20 s to finish.
graceful_timeout = 20

# Each worker is replaced after about 1,000 requests (jittered so they do not all restart at once):
# memory that Pillow or a large admin page left fragmented is given back.
max_requests = 1000
max_requests_jitter = 100

# Django and Wagtail are loaded once, in the master, and each worker is a fork of it: replacing a
# worker takes milliseconds instead of the 1.5 s of CPU that importing them takes. Without this,
# under load the workers reached max_requests within the same second and the server stopped
# answering while both imported (p99 1.5 s from the page cache in bench/load.py). Nothing opens a
# database or Redis connection at import, so no connection is shared between workers. New code
# needs a restart of gunicorn (systemctl restart), not a SIGHUP: HUP forks from the loaded master.
preload_app = True


def pre_fork(server, worker):
    """What the master made while loading Django and Wagtail lives as long as the worker: frozen
    (gc.freeze), a worker's full garbage collections no longer walk it again and again, and its
    memory stays shared with the master instead of being copied when the collector touches it."""
    gc.freeze()

# Behind a proxy on the same machine, a short keep-alive is enough.
keepalive = 2

# Request lines and headers stay at gunicorn's bounds (4 KB line, 100 headers of 8 KB): a longer URL
# is answered 414 before Django sees it.
limit_request_line = 4094
limit_request_fields = 100

# Trust X-Forwarded-* (the https scheme) only from the proxy on this machine.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs go to stdout/stderr, where systemd or the container runtime collects them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
