"""Tools for fault tests: a TCP proxy to cut a service off, and the site under gunicorn.

The machine's PostgreSQL and Redis are shared with other test runs, so a test never stops them:
it runs a real server whose connections go through a `TcpProxy`, and stopping the proxy (which
also drops the connections it carries) is what the server sees as the service going away.
"""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(host=None, port=None):
    """The test database's URL for another process, through `host`:`port` if given; None when the
    test database is SQLite in memory, which no other process can open."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return None if connection.is_in_memory_db() else f"sqlite:///{settings['NAME']}"
    user = quote(settings["USER"] or "", safe="")
    password = quote(settings["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}@" if password else f"{user}@"
    host = host or settings["HOST"] or "127.0.0.1"
    port = port or settings["PORT"] or 5432
    return f"postgres://{credentials}{host}:{port}/{settings['NAME']}"


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `upstream` until stopped; `start()` again reopens the same port."""

    def __init__(self, upstream_host, upstream_port):
        self.upstream = (upstream_host, int(upstream_port))
        self.port = free_port()
        self._listener = None
        self._sockets = set()
        self._lock = threading.Lock()
        self._stopped = threading.Event()

    def start(self):
        self._stopped.clear()
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.1)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def stop(self):
        """Refuse new connections and cut the open ones, as a stopped server would."""
        self._stopped.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            _close(sock)

    def _accept(self, listener):
        while not self._stopped.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            upstream.settimeout(None)
            with self._lock:
                self._sockets.update((client, upstream))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            _close(source)
            _close(target)


def _close(sock):
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class SiteServer:
    """The site under gunicorn with the project's gunicorn.conf.py, on a free port of 127.0.0.1."""

    def __init__(self, **environment):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # The test settings serve static files without collectstatic; DEBUG is off as in production.
        self.environment = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
            "DJANGO_SETTINGS_MODULE": "wimc_site.settings.test",
            "GUNICORN_LOG_LEVEL": "warning",
            **environment,
        }
        self.process = None

    def __enter__(self):
        command = [
            sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py",
            "--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--no-control-socket",
            "--access-logfile", "/dev/null",
        ]
        self.process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=self.environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.wait_for(200, within=30)
        return self

    def __exit__(self, *exc_info):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def get(self, path="/", timeout=10):
        """(status, headers, body) of a GET request."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:  # noqa: S310
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def wait_for(self, status, path="/", within=5.0):
        """Poll until `path` answers `status`; returns the seconds it took."""
        start = time.monotonic()
        last = None
        while time.monotonic() - start < within:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.process.returncode}")
            try:
                last = self.get(path, timeout=within)[0]
            except OSError as error:
                last = error
            if last == status:
                return time.monotonic() - start
            time.sleep(0.1)
        raise AssertionError(f"{path} did not answer {status} within {within}s (last: {last})")
