"""How exhibitors are classified: a translatable industry and a region (province or abroad)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wimc_site.categories import TranslatableCategory


class ExpoIndustry(TranslatableCategory):
    """The industry an exhibitor serves ("Automotive", "Energy and power"...); a filter on area pages."""

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("expo industry")
        verbose_name_plural = _("expo industries")


class Region(models.TextChoices):
    """Where an exhibitor is based: the provincial-level divisions of China, or outside China.

    Choices rather than a category: the list is fixed, and gettext gives the Chinese names.
    """

    ANHUI = "anhui", _("Anhui")
    BEIJING = "beijing", _("Beijing")
    CHONGQING = "chongqing", _("Chongqing")
    FUJIAN = "fujian", _("Fujian")
    GANSU = "gansu", _("Gansu")
    GUANGDONG = "guangdong", _("Guangdong")
    GUANGXI = "guangxi", _("Guangxi")
    GUIZHOU = "guizhou", _("Guizhou")
    HAINAN = "hainan", _("Hainan")
    HEBEI = "hebei", _("Hebei")
    HEILONGJIANG = "heilongjiang", _("Heilongjiang")
    HENAN = "henan", _("Henan")
    HONG_KONG = "hong-kong", _("Hong Kong")
    HUBEI = "hubei", _("Hubei")
    HUNAN = "hunan", _("Hunan")
    INNER_MONGOLIA = "inner-mongolia", _("Inner Mongolia")
    JIANGSU = "jiangsu", _("Jiangsu")
    JIANGXI = "jiangxi", _("Jiangxi")
    JILIN = "jilin", _("Jilin")
    LIAONING = "liaoning", _("Liaoning")
    MACAO = "macao", _("Macao")
    NINGXIA = "ningxia", _("Ningxia")
    QINGHAI = "qinghai", _("Qinghai")
    SHAANXI = "shaanxi", _("Shaanxi")
    SHANDONG = "shandong", _("Shandong")
    SHANGHAI = "shanghai", _("Shanghai")
    SHANXI = "shanxi", _("Shanxi")
    SICHUAN = "sichuan", _("Sichuan")
    TAIWAN = "taiwan", _("Taiwan")
    TIANJIN = "tianjin", _("Tianjin")
    TIBET = "tibet", _("Tibet")
    XINJIANG = "xinjiang", _("Xinjiang")
    YUNNAN = "yunnan", _("Yunnan")
    ZHEJIANG = "zhejiang", _("Zhejiang")
    ABROAD = "abroad", _("Outside China")
