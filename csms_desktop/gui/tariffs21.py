"""OCPP 2.1 tariffs on the stations and their own prices beside ours.

A 2.1 station gets the site's default tariff (a Tariff row of the Billing page) when it
boots; here the operator can **send it again** to the checked 2.1 stations
(SetDefaultTariff, EVSE 0) and **ask them** which tariffs they hold (GetTariffs: the
answer is listed per station, not stored). Below, per transaction of the checked
stations, the price the station computed (TransactionEvent Ended ``costDetails``) beside
the CSMS's, the difference, and a flag when they differ beyond the tolerance of
``services.v201_tariffs`` (or in another currency); the invoice always uses ours.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.domain.timeutil import parse_ocpp_datetime
from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.v201_window import StationsWindow, fill, open_window, table
from csms_desktop.gui.widgets.outcome import describe
from csms_desktop.protocol.commands import CommandResult
from csms_desktop.services.v201_reads import StationPriceRow, station_prices

HELD = (QT_TR_NOOP("Station"), QT_TR_NOOP("Tariff"), QT_TR_NOOP("Kind"),
        QT_TR_NOOP("EVSEs"), QT_TR_NOOP("Valid from"), QT_TR_NOOP("Drivers"))
KINDS = {"DefaultTariff": QT_TR_NOOP("default"), "DriverTariff": QT_TR_NOOP("driver's")}
PRICES = (QT_TR_NOOP("Transaction"), QT_TR_NOOP("Station"), QT_TR_NOOP("Station's price"),
          QT_TR_NOOP("Our price"), QT_TR_NOOP("Difference"), QT_TR_NOOP("Check"),
          QT_TR_NOOP("Station's tariff"), QT_TR_NOOP("Checked"))
MISMATCH = QColor("#FBE3E4")


def valid_from(value: Any) -> str:
    """A tariff's validFrom as the station sent it, in the site's time (as sent when it
    is not a date and time)."""
    if not value:
        return ""
    try:
        return fmt.date_time(parse_ocpp_datetime(str(value)))
    except ValueError:
        return str(value)


class TariffsDialog(StationsWindow):
    PROTOCOLS = (OCPPVersion.OCPP21.value,)

    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None, prices_only: bool = False,
                 transaction_id: str | None = None) -> None:
        super().__init__(ctx, checked,
                         tr("Station prices (OCPP 2.1)") if prices_only
                         else tr("Tariffs on the stations (OCPP 2.1)"),
                         "tariffs21_dialog", tr("&Stations (OCPP 2.1)"), parent)
        self.prices_only = prices_only
        self.focus_transaction = transaction_id  # selected once it is listed
        self.held: dict[str, CommandResult] = {}  # the last GetTariffs answer per station
        held = QGroupBox(tr("Tariffs the checked stations hold"))
        held.setVisible(not prices_only)
        hl = QVBoxLayout(held)
        self.held_table = table(HELD, "tariffs_held_table")
        hl.addWidget(self.held_table, 1)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(tr("Se&nd the site's default tariff"))
        self.send_button.setObjectName("tariffs_send_default")
        self.send_button.setToolTip(tr("SetDefaultTariff on every EVSE, from the tariff in "
                                       "force on the Billing page"))
        self.send_button.clicked.connect(self.send_default)
        self.ask_button = QPushButton(tr("&Ask the stations"))
        self.ask_button.setObjectName("tariffs_ask")
        self.ask_button.setToolTip(tr("GetTariffs: which tariffs each checked station holds"))
        self.ask_button.clicked.connect(self.ask)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.ask_button)
        buttons.addStretch(1)
        hl.addLayout(buttons)
        self.body.addWidget(held, 2)

        prices = QGroupBox(tr("The stations' prices beside ours, per transaction"))
        pl = QVBoxLayout(prices)
        self.prices_table = table(PRICES, "station_prices_table")
        pl.addWidget(self.prices_table, 1)
        row = QHBoxLayout()
        self.only_mismatches = QCheckBox(tr("&Only the prices that differ"))
        self.only_mismatches.setObjectName("prices_only_mismatches")
        self.only_mismatches.toggled.connect(lambda _on: self._schedule_reload())
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.setObjectName("prices_refresh")
        self.refresh_button.clicked.connect(lambda: self.tasks.spawn_if_running(self.reload()))
        self.mismatch_count = QLabel()
        self.mismatch_count.setObjectName("prices_mismatch_count")
        row.addWidget(self.only_mismatches)
        row.addWidget(self.mismatch_count, 1)
        row.addWidget(self.refresh_button)
        pl.addLayout(row)
        self.body.addWidget(prices, 3)
        self.finish()
        self.resize(1320, 480 if prices_only else 680)
        if prices_only:
            self.prices_table.setFocus()

    # ------------------------------------------------------------------ data
    async def load_stations(self) -> None:
        await super().load_stations()
        if self.prices_only and not self.checked_ids() and isValid(self.stations):
            # none of the asked stations is a 2.1 one (or none asked): every 2.1 station
            self.check_all()

    async def reload(self) -> None:
        rows = await read(station_prices, self.checked_ids(), self.only_mismatches.isChecked())
        if isValid(self.prices_table):
            self._fill_prices(rows)
            self._fill_held()

    def _fill_prices(self, rows: list[StationPriceRow]) -> None:
        def theirs(p: StationPriceRow) -> str:
            if p.failure is not None:
                return tr("could not price it") + (f" ({p.failure})" if p.failure else "")
            text = fmt.money(p.station_total, p.currency)
            return text if p.tax_included else tr("{amount} excl. tax").format(amount=text)

        def check(p: StationPriceRow) -> str:
            if p.mismatch:
                return "⚠ " + tr("differs")
            if p.failure is not None or p.csms_total is None:
                return tr("not compared")
            return "✔ " + tr("agrees")

        fill(self.prices_table, [(p.transaction_id, (
            p.transaction_id, p.charge_point_id, theirs(p),
            fmt.money(p.csms_total, p.currency), fmt.money(p.difference, p.currency),
            check(p), p.tariff_id or "", fmt.date_time(p.checked_at))) for p in rows])
        for r, p in enumerate(rows):
            if p.mismatch:
                for c in range(self.prices_table.columnCount()):
                    item = self.prices_table.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush(MISMATCH))
        for r, p in enumerate(rows):
            if p.transaction_id == self.focus_transaction:
                self.prices_table.selectRow(r)
                self.focus_transaction = None
        n = sum(1 for p in rows if p.mismatch)
        self.mismatch_count.setText(tr("{n} of {total} differ").format(n=n, total=len(rows))
                                    if rows else "")

    def _fill_held(self) -> None:
        rows: list[tuple[Any, tuple[str, ...]]] = []
        for cp_id in self.checked_ids():
            result = self.held.get(cp_id)
            if result is None:
                continue
            assignments = result.data.get("assignments") or [] if result.ok else []
            if not assignments:
                rows.append((cp_id, (cp_id, tr("none") if result.ok else describe(result),
                                     "", "", "", "")))
            for a in assignments:
                kind = a.get("kind", "")
                rows.append((cp_id, (
                    cp_id, str(a.get("tariff_id", "")),
                    tr(KINDS[kind]) if kind in KINDS else kind,
                    ", ".join(str(n) for n in a.get("evse_ids") or []),
                    valid_from(a.get("valid_from")),
                    ", ".join(str(t) for t in a.get("id_tokens") or []))))
        fill(self.held_table, rows)

    # ------------------------------------------------------------------ commands
    @async_slot
    async def send_default(self) -> None:
        await self.on_checked(tr("Send the default tariff"), self.commands.set_default_tariff,
                              self.send_button)

    @async_slot
    async def ask(self) -> None:
        results = await self.on_checked(tr("Ask for the tariffs"), self.commands.get_tariffs,
                                        self.ask_button)
        for cp_id, result in results or []:
            self.held[cp_id] = result
        if isValid(self.held_table):
            self._fill_held()


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        StationsWindow:
    return open_window(TariffsDialog, ctx, checked, parent)


def open_prices(ctx: Any, checked: list[str] | None, parent: QWidget | None,
                transaction_id: str | None = None) -> StationsWindow:
    """The price comparison alone (the Transactions page): the stations ``checked``
    (every 2.1 station when none of them is one), ``transaction_id`` selected."""
    return open_window(TariffsDialog, ctx, checked, parent, prices_only=True,
                       transaction_id=transaction_id)
