"""Admin screens of the translation workflow: the Translations report (out of date, not yet
translated), translating a page or snippet into the editor's language, and marking a translation
up to date. See wimc_site/translations.py for the rules."""

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail.snippets.models import get_snippet_models

from wimc_site.models import OutdatedTranslation
from wimc_site.translations import (
    default_locale,
    may_edit_locale,
    translatable_snippet_models,
    translation_locales,
)

LIST_LIMIT = 100


def edit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def user_may_translate(user):
    return user.has_perm("wagtailadmin.access_admin") and bool(translation_locales(user))


def outdated_rows(user, limit=LIST_LIMIT):
    """(mark, translation, source) for the outdated translations in the languages `user` edits."""
    ids = [locale.pk for locale in translation_locales(user)]
    marks = OutdatedTranslation.objects.filter(locale_id__in=ids)
    marks = marks.select_related("locale", "source_changed_by")
    marks = list(marks[:limit])
    objects = {}
    by_type = {}
    for mark in marks:
        by_type.setdefault(mark.content_type_id, []).append(mark.object_id)
    for content_type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        queryset = model._default_manager.filter(pk__in=object_ids)
        if model is Page:
            queryset = queryset.specific(defer=True)
        objects.update({(content_type_id, str(obj.pk)): obj for obj in queryset})
    keys = {mark.translation_key for mark in marks}
    default = default_locale()
    sources = {}
    for model in {type(obj) if not isinstance(obj, Page) else Page for obj in objects.values()}:
        for source in model._default_manager.filter(translation_key__in=keys, locale=default):
            sources[(model, source.translation_key)] = source
    rows = []
    for mark in marks:
        obj = objects.get((mark.content_type_id, mark.object_id))
        if obj is None:
            continue
        model = Page if isinstance(obj, Page) else type(obj)
        rows.append({"mark": mark, "object": obj, "source": sources.get((model, mark.translation_key)),
                     "edit_url": edit_url(obj), "kind": obj._meta.verbose_name})
    return rows


def untranslated_pages(locale, limit=LIST_LIMIT):
    """Live pages of the default language without a translation in `locale` whose parent has one
    (so the copy has a place to go), shallowest first. Two queries, read as (pk, path, key) rows."""
    translated = set(Page.objects.filter(locale=locale).values_list("translation_key", flat=True))
    rows = list(
        Page.objects.filter(locale=default_locale(), depth__gt=1)
        .order_by("depth", "path")
        .values_list("pk", "path", "depth", "translation_key", "live", "alias_of_id")
    )
    key_by_path = {row_path: key for _pk, row_path, _depth, key, _live, _alias in rows}
    ids = []
    for pk, row_path, depth, key, live, alias in rows:
        if not live or alias or key in translated:
            continue
        if depth > 2 and key_by_path.get(row_path[: -Page.steplen]) not in translated:
            continue
        ids.append(pk)
        if len(ids) >= limit:
            break
    return list(Page.objects.filter(pk__in=ids).order_by("depth", "path").specific(defer=True))


def untranslated_snippets(locale):
    """The default language's translatable snippets missing in `locale`, per model."""
    default = default_locale()
    result = []
    snippet_models = set(get_snippet_models())
    for model in translatable_snippet_models():
        if model not in snippet_models:
            continue
        translated = model._default_manager.filter(translation_key=OuterRef("translation_key"), locale=locale)
        missing = list(model._default_manager.filter(locale=default).exclude(Exists(translated))[:LIST_LIMIT])
        if missing:
            content_type = ContentType.objects.get_for_model(model)
            result.append({"label": model._meta.verbose_name, "content_type_id": content_type.pk,
                           "objects": missing})
    return result


class TranslationsReportView(WagtailAdminTemplateMixin, TemplateView):
    """Reports › Translations: what is out of date and what is not translated yet, per language."""

    template_name = "wimc_site/admin/translations_report.html"
    page_title = _("Translations")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not user_may_translate(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        languages = []
        for locale in translation_locales(user):
            languages.append({
                "locale": locale,
                "pages": untranslated_pages(locale),
                "snippets": untranslated_snippets(locale),
            })
        context.update(
            outdated=outdated_rows(user),
            page_content_type=ContentType.objects.get_for_model(Page).pk,
            languages=languages,
            source_language=default_locale().get_display_name(),
        )
        return context


def _object(content_type_id, pk):
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None:
        raise Http404
    obj = get_object_or_404(model._default_manager, pk=pk)
    return obj.specific if isinstance(obj, Page) else obj


class TranslateView(View):
    """Copy a page or snippet of the default language into a language the editor edits, then open
    the copy's editor. Language editors cannot use simple translation's own Translate action,
    which needs permission to edit the original."""

    def post(self, request, content_type_id, pk, locale_id):
        source = _object(content_type_id, pk)
        locale = get_object_or_404(Locale, pk=locale_id)
        user = request.user
        if locale.pk == source.locale_id or not may_edit_locale(user, locale.pk):
            return permission_denied(request)
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return redirect(edit_url(existing.specific if isinstance(existing, Page) else existing))
        if isinstance(source, Page):
            from wagtail.actions.copy_for_translation import CopyPageForTranslationAction

            parent = source.get_parent()
            target_parent = parent if parent.depth == 1 else parent.get_translation_or_none(locale)
            if target_parent is None or not target_parent.permissions_for_user(user).can_add_subpage():
                return permission_denied(request)
            action = CopyPageForTranslationAction(page=source, locale=locale, user=user)
            translation = action.execute(skip_permission_checks=True)
        else:
            codename = f"{source._meta.app_label}.add_{source._meta.model_name}"
            if not user.has_perm(codename):
                return permission_denied(request)
            translation = source.copy_for_translation(locale)
            translation.save()
        messages.success(
            request,
            _("Copied “%(title)s” into %(language)s: translate it here, then publish or save.")
            % {"title": str(source), "language": locale.get_display_name()},
        )
        return redirect(edit_url(translation))


class MarkUpToDateView(View):
    """The English change does not concern this translation (a new photo, a typo): clear the mark."""

    def post(self, request, content_type_id, pk):
        obj = _object(content_type_id, pk)
        if not may_edit_locale(request.user, obj.locale_id):
            return permission_denied(request)
        if isinstance(obj, Page):
            if not obj.permissions_for_user(request.user).can_edit():
                return permission_denied(request)
        elif not request.user.has_perm(f"{obj._meta.app_label}.change_{obj._meta.model_name}"):
            return permission_denied(request)
        from wimc_site.translations import mark_up_to_date

        mark_up_to_date(obj)
        messages.success(request, _("“%(title)s” is marked up to date.") % {"title": str(obj)})
        next_url = request.POST.get("next", "")
        return redirect(next_url if next_url.startswith("/admin/") else reverse("wimc_translations"))


def get_urls():
    return [
        path("translations/", TranslationsReportView.as_view(), name="wimc_translations"),
        path(
            "translations/translate/<int:content_type_id>/<str:pk>/<int:locale_id>/",
            TranslateView.as_view(),
            name="wimc_translate",
        ),
        path(
            "translations/up-to-date/<int:content_type_id>/<str:pk>/",
            MarkUpToDateView.as_view(),
            name="wimc_translation_up_to_date",
        ),
    ]

