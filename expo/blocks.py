"""What an exhibitor shows besides its products: application scenarios, technical achievements, and
what its area calls for (open positions, financing, cooperation). Text only, so an exhibitor page
costs no query per block."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    customer = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Who uses it, e.g. a battery plant.")
    )
    description = blocks.TextBlock(max_length=2000)

    class Meta:
        icon = "site"
        label = _("Application scenario")
        template = "expo/includes/scenario_block.html"
        preview_value = {
            "title": "Paint-shop defect inspection",
            "customer": "A passenger-car plant in Changzhou",
            "description": "Cameras on the line flag paint defects before the body leaves the booth.",
        }


class AchievementBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    year = blocks.IntegerBlock(required=False, min_value=1950, max_value=2100)
    description = blocks.TextBlock(required=False, max_length=2000)

    class Meta:
        icon = "pick"
        label = _("Technical achievement")
        template = "expo/includes/achievement_block.html"
        preview_value = {
            "title": "Provincial science and technology progress award",
            "year": 2019,
            "description": "For a servo drive with built-in vibration suppression.",
        }


class PositionBlock(blocks.StructBlock):
    """An open position, shown by exhibitors in the talent exchange area."""

    title = blocks.CharBlock(max_length=200)
    location = blocks.CharBlock(required=False, max_length=100)
    openings = blocks.IntegerBlock(required=False, min_value=1, max_value=999, label=_("Number of openings"))
    description = blocks.TextBlock(required=False, max_length=2000)

    class Meta:
        icon = "user"
        label = _("Open position")
        template = "expo/includes/position_block.html"
        preview_value = {
            "title": "Robot application engineer",
            "location": "Nanjing",
            "openings": 3,
            "description": "Commission welding cells at customer plants.",
        }


class FinancingBlock(blocks.StructBlock):
    """Financing an exhibitor seeks or offers, shown in the financial docking area."""

    direction = blocks.ChoiceBlock(
        choices=[("sought", _("Financing sought")), ("offered", _("Financing offered"))], default="sought"
    )
    amount = blocks.CharBlock(required=False, max_length=100, help_text=_("e.g. RMB 50–80 million."))
    instrument = blocks.CharBlock(
        required=False, max_length=100, help_text=_("e.g. Series B equity, equipment leasing.")
    )
    description = blocks.TextBlock(max_length=2000)

    class Meta:
        icon = "doc-full"
        label = _("Financing")
        template = "expo/includes/financing_block.html"
        preview_value = {
            "direction": "sought",
            "amount": "RMB 60 million",
            "instrument": "Series B equity",
            "description": "To build a second production line for harmonic reducers.",
        }


class NeedBlock(blocks.StructBlock):
    """Cooperation an exhibitor looks for, in the solutions, demonstration and equipment areas."""

    title = blocks.CharBlock(max_length=200)
    description = blocks.TextBlock(max_length=2000)

    class Meta:
        icon = "help"
        label = _("Cooperation sought")
        template = "expo/includes/need_block.html"
        preview_value = {
            "title": "System integrators in Southeast Asia",
            "description": "Partners to install and service our AGVs for export customers.",
        }


class ScenarioStreamBlock(blocks.StreamBlock):
    scenario = ScenarioBlock()


class AchievementStreamBlock(blocks.StreamBlock):
    achievement = AchievementBlock()


class CallsForStreamBlock(blocks.StreamBlock):
    """Which of these an exhibitor may use depends on its area (see ExpoAreaPage.kind)."""

    position = PositionBlock()
    financing = FinancingBlock()
    need = NeedBlock()
