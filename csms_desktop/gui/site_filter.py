"""The site selector of the main window's tool bar: which depot every page shows.

"All sites" (None) by default; the choice is remembered in the window's settings
(``gui.ini``, ``filter/site``) and is ``ctx.extras["site"]`` (a site id or None) for the
pages, which get ``on_site_changed(site)`` when it changes. The tool bar is shown only
when the database has more than one site. The sites are read off the GUI thread (every
30 s, and when asked: a charger moved, a site added).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from csms_desktop.gui import offthread
from csms_desktop.gui.i18n import tr
from csms_desktop.services import sites
from csms_desktop.services.sites import SiteInfo

SETTINGS_KEY = "filter/site"
REFRESH_MS = 30_000


def remembered_site(settings: QSettings, known: list[SiteInfo]) -> str | None:
    """The site chosen last time, if it still exists and there is a choice to make."""
    value = settings.value(SETTINGS_KEY)
    if not isinstance(value, str) or not value or len(known) < 2:
        return None
    return value if any(s.id == value for s in known) else None


class SiteSelector(QWidget):
    """"Site: [All sites ▾]" (Alt+E focuses the list)."""

    site_changed = Signal(object)  # str | None

    def __init__(self, settings: QSettings, site: str | None,
                 known: list[SiteInfo] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("site_selector")
        self.settings = settings
        self.site = site
        self.sites: list[SiteInfo] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(tr("Sit&e:"))
        self.combo = QComboBox()
        self.combo.setObjectName("site_combo")
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(tr("The site (depot) every page shows"))
        self.label.setBuddy(self.combo)
        lay.addWidget(self.label)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.combo.currentIndexChanged.connect(self._picked)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.set_sites(known if known is not None else [])

    @property
    def choice_count(self) -> int:
        return len(self.sites)

    def refresh(self) -> None:
        """Read the sites again (off the GUI thread)."""
        offthread.submit(sites.list_sites, owner=self, on_done=self.set_sites)

    def set_sites(self, known: list[SiteInfo]) -> None:
        self.sites = list(known)
        if self.site is not None and not any(s.id == self.site for s in known):
            self.site = None  # it is gone (or not read yet): every site
            if known:
                self.site_changed.emit(None)
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(tr("All sites"), None)
            for s in known:
                self.combo.addItem(s.name, s.id)
                self.combo.setItemData(self.combo.count() - 1, self._count_text(s),
                                       Qt.ItemDataRole.ToolTipRole)
            index = self.combo.findData(self.site) if self.site is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
        finally:
            self.combo.blockSignals(False)
        self.visibility_changed()

    @staticmethod
    def _count_text(s: SiteInfo) -> str:
        if s.chargers == 1:
            return tr("1 charge point")
        return tr("{count} charge points").format(count=s.chargers)

    def visibility_changed(self) -> None:
        """Show the tool bar holding the selector only when there is a choice to make."""
        parent = self.parentWidget()
        if parent is not None and parent.objectName() == "site_bar":
            parent.setVisible(len(self.sites) > 1 or self.site is not None)

    def select(self, site: str | None) -> None:
        """Show ``site`` (an id, None: all) as if the operator picked it."""
        index = self.combo.findData(site) if site is not None else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _picked(self, index: int) -> None:
        site = self.combo.itemData(index) if index >= 0 else None
        if site == self.site:
            return
        self.site = site
        self.settings.setValue(SETTINGS_KEY, site or "")
        self.site_changed.emit(site)
