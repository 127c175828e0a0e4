import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wimc_site.settings.production")

application = get_wsgi_application()

# The stamp of the code just loaded, read now (in gunicorn's master, which workers fork from) rather
# than on a worker's first request, when the files on disk may already be a newer deploy's.
from wimc_site.kept import code_stamp  # noqa: E402  (needs the apps loaded above)

code_stamp()
