"""The guest categories every site starts with (created by a data migration, rebuilt by factories):
the seed release's three kinds of key guests first."""

DEFAULT_CATEGORIES = [
    {"name": "Representative of an international organization",
     "plural_label": "representatives of international organizations", "slug": "international-organizations"},
    {"name": "Academician", "plural_label": "academicians", "slug": "academicians"},
    {"name": "Global 500 representative", "plural_label": "Global 500 representatives", "slug": "global-500"},
    {"name": "Government official", "plural_label": "government officials", "slug": "government-officials"},
    {"name": "Expert or scholar", "plural_label": "experts and scholars", "slug": "experts-scholars"},
    {"name": "Entrepreneur", "plural_label": "entrepreneurs", "slug": "entrepreneurs"},
]
