"""The translation workflow: which translations are out of date, who may edit which language.

Pages and snippets are translated with Wagtail's simple translation (a copy in the other language,
then edited there). On top of it:

- When the default language's version of a page is published, or of a translatable snippet saved,
  each of its translations is marked out of date (`OutdatedTranslation`); the mark goes when the
  translation is published (pages) or saved (snippets), or when its editor marks it up to date.
  The admin shows the mark in the page and snippet listings and editors, lists every outdated and
  missing translation in Reports › Translations, and counts them in a dashboard shortcut.
- A language's editors are the groups with page permissions in that language's tree only (such as
  "Chinese editors", granted on the Chinese home page when it is created): they may change
  translatable snippets in that language only, and translate any page or snippet into it.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.signals import page_published

# The groups that edit one language; others are named "<language> editors".
LANGUAGE_EDITOR_GROUPS = {"zh-hans": "Chinese editors"}
EDITOR_PAGE_PERMISSIONS = ["add", "change", "publish"]


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def editor_group_name(language_code):
    with translation.override(settings.LANGUAGE_CODE):
        name = str(dict(settings.LANGUAGES).get(language_code, language_code))
    return LANGUAGE_EDITOR_GROUPS.get(language_code, f"{name} editors")


def translatable_snippet_models():
    """The project's translatable models that are not pages (categories, editions, menus...)."""
    root = str(settings.BASE_DIR)

    def ours(model):
        path = str(global_apps.get_app_config(model._meta.app_label).path)
        return path.startswith(root) and "site-packages" not in path  # `make run` puts .venv inside

    return [
        model
        for model in global_apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page) and ours(model)
    ]


def content_type_for(obj):
    """Pages under the base Page type, whatever their specific type; snippets under their model."""
    if isinstance(obj, Page):
        return ContentType.objects.get_for_model(Page)
    return ContentType.objects.get_for_model(obj)


# Who may edit which language.

def editable_locale_ids(user):
    """The locales `user` may edit, or None for every locale (superusers, people with permissions
    on the root page, and staff without page permissions, whom only their model permissions limit)."""
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    if not hasattr(user, "_wimc_locale_ids"):
        from wagtail.models import GroupPagePermission

        rows = list(
            GroupPagePermission.objects.filter(group__user=user).values_list("page__depth", "page__locale_id")
        )
        if not rows or any(depth == 1 for depth, _locale in rows):
            user._wimc_locale_ids = None
        else:
            user._wimc_locale_ids = {locale_id for _depth, locale_id in rows}
    return user._wimc_locale_ids


def may_edit_locale(user, locale_id):
    ids = editable_locale_ids(user)
    return ids is None or locale_id in ids


def translation_locales(user):
    """The languages other than the default that `user` may translate into."""
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")
    ids = editable_locale_ids(user)
    return [locale for locale in locales if ids is None or locale.pk in ids]


# Marking translations out of date.

def mark_translations_outdated(obj, user=None):
    """`obj` (in the default language) changed: every translation of it is out of date."""
    translations = type(obj)._default_manager.filter(translation_key=obj.translation_key).exclude(
        locale_id=obj.locale_id
    )
    if isinstance(obj, Page):
        translations = Page.objects.filter(translation_key=obj.translation_key, alias_of__isnull=True)
        translations = translations.exclude(locale_id=obj.locale_id)
    content_type = content_type_for(obj)
    now = timezone.now()
    OutdatedTranslation = global_apps.get_model("wimc_site", "OutdatedTranslation")
    for copy in translations.only("pk", "locale_id", "translation_key"):
        OutdatedTranslation.objects.update_or_create(
            content_type=content_type,
            object_id=str(copy.pk),
            defaults={
                "locale_id": copy.locale_id,
                "translation_key": obj.translation_key,
                "source_changed_at": now,
                "source_changed_by": user if user is not None and user.is_authenticated else None,
            },
        )


def mark_up_to_date(obj):
    OutdatedTranslation = global_apps.get_model("wimc_site", "OutdatedTranslation")
    OutdatedTranslation.objects.filter(content_type=content_type_for(obj), object_id=str(obj.pk)).delete()


def outdated_mark(obj):
    """The OutdatedTranslation of `obj`, or None."""
    OutdatedTranslation = global_apps.get_model("wimc_site", "OutdatedTranslation")
    return OutdatedTranslation.objects.filter(
        content_type=content_type_for(obj), object_id=str(obj.pk)
    ).first()


def with_outdated_flag(pages):
    """`pages` with `has_outdated_mark` on each, from one subquery: a listing of 50 translations
    otherwise asks for each row's mark on its own."""
    OutdatedTranslation = global_apps.get_model("wimc_site", "OutdatedTranslation")
    marks = OutdatedTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return pages.annotate(has_outdated_mark=Exists(marks))


def source_of(obj):
    """The default language's version of a translation, or None."""
    model = Page if isinstance(obj, Page) else type(obj)
    source = model._default_manager.filter(
        translation_key=obj.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return source.specific if isinstance(source, Page) else source


def _is_default(obj):
    return obj.locale_id == Locale.get_default().pk


def _page_published(sender, instance, revision=None, **kwargs):
    if _is_default(instance):
        user = getattr(revision, "user", None) if revision is not None else None
        mark_translations_outdated(instance, user)
    else:
        mark_up_to_date(instance)


def _snippet_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not isinstance(instance, TranslatableMixin) or isinstance(instance, Page):
        return
    if sender not in _snippet_models():
        return
    if _is_default(instance):
        if not created:
            mark_translations_outdated(instance)
    else:
        mark_up_to_date(instance)


def _deleted(sender, instance, **kwargs):
    if not isinstance(instance, TranslatableMixin):
        return
    if isinstance(instance, Page) or sender in _snippet_models():
        mark_up_to_date(instance)


_SNIPPET_MODELS = []


def _snippet_models():
    if not _SNIPPET_MODELS:
        _SNIPPET_MODELS.extend(translatable_snippet_models())
    return _SNIPPET_MODELS


def connect_signals():
    page_published.connect(_page_published, dispatch_uid="wimc_translations_page_published")
    post_save.connect(_snippet_saved, dispatch_uid="wimc_translations_snippet_saved")
    post_delete.connect(_deleted, dispatch_uid="wimc_translations_deleted")


# Language editors' group, granted on each translated home page.

def grant_language_editors(home_page):
    """Give the editors of `home_page`'s language (not the default one) their tree, their snippets
    and a media collection."""
    from wimc_site.permissions import (
        ensure_group,
        get_or_create_child_collection,
        grant_collection_permissions,
        grant_page_permissions,
    )

    language = home_page.locale.language_code
    if language == settings.LANGUAGE_CODE:
        return None
    rows = [("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")]
    for model in translatable_snippet_models():
        for action in ("add", "change"):
            name = model._meta.model_name
            rows.append((model._meta.app_label, name, f"{action}_{name}"))
    group = ensure_group(editor_group_name(language), rows)
    grant_page_permissions(group, home_page, EDITOR_PAGE_PERMISSIONS)
    with translation.override(settings.LANGUAGE_CODE):  # named the same whoever's request made it
        collection = get_or_create_child_collection(str(dict(settings.LANGUAGES).get(language, language)))
    grant_collection_permissions(group, collection.get_parent(), [
        ("wagtailimages", "image", "choose_image", "Can choose image"),
        ("wagtaildocs", "document", "choose_document", "Can choose document"),
    ])
    grant_collection_permissions(group, collection, [
        ("wagtailimages", "image", "add_image", "Can add image"),
        ("wagtailimages", "image", "change_image", "Can change image"),
        ("wagtaildocs", "document", "add_document", "Can add document"),
        ("wagtaildocs", "document", "change_document", "Can change document"),
    ])
    return group
