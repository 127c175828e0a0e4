"""A forum's guests as listings, feeds and calendars show them: in the forum's own language."""

from collections import defaultdict

from wimc_site.localization import localize_all

# What those show of a guest: name, address and the language to mark, and what finds a translation.
# Only these columns: a guest's full row is some forty of them.
GUEST_LISTING_FIELDS = ("title", "locale_id", "live", "url_path", "translation_key")


def forum_guests(forums):
    """{forum pk: [(ForumSpeaker, guest)]}: each forum's published guests, read from the speakers
    that `ForumPageQuerySet.with_guests` prefetched, each guest in the forum's language where a live
    translation exists (a Chinese forum links the English guest pages its translation was copied
    from). One query per language that needs one, none when every guest is in its forum's language.
    """
    rows = {forum.pk: [row for row in forum.speakers.all() if row.guest.live] for forum in forums}
    guests_by_locale = defaultdict(dict)
    for forum in forums:
        guests_by_locale[forum.locale_id].update((row.guest_id, row.guest) for row in rows[forum.pk])
    shown = {}
    for locale_id, guests in guests_by_locale.items():
        translations = localize_all(guests.values(), locale_id, fields=GUEST_LISTING_FIELDS)
        shown.update(((locale_id, pk), guest) for pk, guest in zip(guests, translations, strict=True))
    return {
        forum.pk: [(row, shown[forum.locale_id, row.guest_id]) for row in rows[forum.pk]] for forum in forums
    }
