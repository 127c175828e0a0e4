"""The expo's seed data: industries (created by a data migration, rebuilt by factories) and the
five exhibition areas the 2020 Cloud Expo opened with."""

DEFAULT_INDUSTRIES = [
    {"name": "Automotive and new-energy vehicles", "slug": "automotive"},
    {"name": "Electronics and semiconductors", "slug": "electronics"},
    {"name": "Machinery and equipment", "slug": "machinery"},
    {"name": "Energy and power", "slug": "energy"},
    {"name": "Aerospace and shipbuilding", "slug": "aerospace"},
    {"name": "Chemicals and materials", "slug": "materials"},
    {"name": "Pharmaceuticals and medical devices", "slug": "medical"},
    {"name": "Textiles and consumer goods", "slug": "consumer-goods"},
    {"name": "Logistics and warehousing", "slug": "logistics"},
    {"name": "Industrial software and internet", "slug": "industrial-software"},
]
