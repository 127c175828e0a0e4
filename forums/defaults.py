"""The four sub-forum modules of the seed release (created by a data migration, rebuilt by factories)."""

DEFAULT_MODULES = [
    {"name": "Comprehensive progress and demonstration applications", "slug": "comprehensive-progress"},
    {"name": "Key technologies", "slug": "key-technologies"},
    {"name": "Industrial applications", "slug": "industrial-applications"},
    {"name": "Social ecology", "slug": "social-ecology"},
]
