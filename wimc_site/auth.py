"""Protecting staff sign-in: the visitor's address behind the proxy (what django-axes locks
out together with the username), and a rate limit on the admin's password-reset form."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import PasswordResetView

# Password-reset requests allowed per hour: from one address, and for one e-mail address.
RESET_WINDOW = 60 * 60
RESETS_PER_ADDRESS = 5
RESETS_PER_EMAIL = 3


def client_ip(request):
    """The visitor's address: the one the proxy on this machine adds to X-Forwarded-For, if any.

    Only the last entry is trusted (the proxy appends it); earlier ones come from the client.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.WIMC_TRUSTED_PROXIES:
        return forwarded.rsplit(",", 1)[-1].strip() or remote
    return remote


def lockout_response(request, original_response, credentials):
    """What django-axes answers once a username is locked out from an address: 429 and a clear page."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "wimc_site/admin/locked_out.html", context, status=429)


def within_limit(key, limit, window):
    """Count one more request under `key`; False once more than `limit` came in `window` seconds."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # the cache is unavailable (it fails open): let the request through
        return True


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's password-reset form, answering 429 to a flood of requests (each sends an e-mail)."""

    message = _("Too many password reset requests. Please wait an hour and try again, or ask an "
                "administrator to reset your password.")

    def post(self, request, *args, **kwargs):
        email = request.POST.get("email", "").strip().lower()[:254]
        limits = [(f"password-reset:ip:{client_ip(request)}", RESETS_PER_ADDRESS)]
        if email:
            digest = hashlib.sha256(email.encode()).hexdigest()
            limits.append((f"password-reset:email:{digest}", RESETS_PER_EMAIL))
        # Every limit counts the request, so a flood on one e-mail also uses up the address's.
        allowed = [within_limit(key, limit, RESET_WINDOW) for key, limit in limits]
        if all(allowed):
            return super().post(request, *args, **kwargs)
        form = self.get_form()
        form.is_valid()
        form.add_error(None, self.message)
        return self.render_to_response(self.get_context_data(form=form), status=429)
