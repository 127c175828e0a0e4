"""The business negotiation request form visitors fill in on an exhibitor's page or a listing."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from expo.models import NegotiationRequest

HONEYPOT = "homepage"

phone_validator = RegexValidator(
    r"^\+?[0-9 ()./-]{5,40}$", _("Write the number with digits, spaces, +, - or brackets only.")
)


class NegotiationRequestForm(forms.ModelForm):
    # Hidden from people (CSS) and screen readers (aria-hidden, no tab stop); bots fill it in.
    homepage = forms.CharField(
        required=False,
        max_length=200,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = NegotiationRequest
        fields = ["name", "organization", "email", "phone", "kind", "message"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }
        labels = {"name": _("Your name")}
        help_texts = {
            "message": _("What you offer or need, quantities and timing (at most 4,000 characters)."),
            "phone": _("Optional; with the country code if outside China."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].validators.append(phone_validator)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organization"].widget.attrs["autocomplete"] = "organization"
        self.fields["kind"].choices = [("", _("Choose…")), *self.fields["kind"].choices[1:]]

    @property
    def is_spam(self):
        """A bot filled in the honeypot; call after is_valid()."""
        return bool(self.cleaned_data.get(HONEYPOT))

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]
