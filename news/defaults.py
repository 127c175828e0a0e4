"""The news categories every site starts with (created by a data migration, rebuilt by factories)."""

DEFAULT_CATEGORIES = [
    {"name": "News Release", "slug": "news-release"},
    {"name": "Conference Trends", "slug": "conference-trends"},
    {"name": "Media Reports", "slug": "media-reports"},
    {"name": "Notices", "slug": "notices"},
]
