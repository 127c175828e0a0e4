import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Make sure an admin account exists (password from WIMC_ADMIN_PASSWORD, else generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("WIMC_ADMIN_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        User = get_user_model()
        password = os.environ.get("WIMC_ADMIN_PASSWORD")
        user = User.objects.filter(username=username).first()
        if user is not None:
            if password and not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(f"Admin '{username}': password set from WIMC_ADMIN_PASSWORD.")
            else:
                self.stdout.write(f"Admin '{username}' already exists.")
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(self.style.SUCCESS(f"Created admin '{username}'."))
        if generated:
            # Shown once: it is not stored anywhere in clear text.
            self.stdout.write(self.style.WARNING(f"Its generated password is: {password}"))
