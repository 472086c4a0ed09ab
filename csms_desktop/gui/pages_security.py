"""Security page (issue 15, managers and administrators): the site CA, the wss:// server
certificate, each charger's security profile and certificate, and the security-event log.

- Certificates: subject, SHA-256 fingerprint and expiry (days left, in red within 30 days)
  of the site CA and of the server certificate; "Export CA…" writes the CA certificate
  (PEM) to install on chargers, "Import certificate…" takes an operator's certificate
  (PEM certificate and key, or PKCS#12 with its passphrase), "Renew" issues a new server
  certificate from the site CA (after a confirmation). The same functions as
  ``main.py tls ...`` (``services/certificates.CertificateStore``); a renewed or imported
  certificate is loaded into a running wss:// listener for new connections.
- Chargers: profile (its own, or the site minimum when that is higher; an upgrade asked and
  not yet met shows as "1 → 2"), password, the newest client certificate the site CA
  issued to it and its expiry, its last security event. "Upgrade to profile 2…/3…" lists
  the steps, asks, then runs ``services/security_profiles.upgrade`` on the event loop (the
  window keeps working) and shows its outcome and steps.
- Security events: newest first (at most 1,000), filtered by charger, kind and period; new
  events show by themselves while the page is shown (a hidden page reads once when shown
  again). F5 reloads everything.

Key and certificate work (RSA key generation takes a second) and every query run off the
GUI thread (``gui/offthread.py``). Actions check the operator's permission again
(Settings: managers and administrators), whatever the navigation shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.asyncops import TaskSet
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.charge_points import PROTOCOL_NAMES
from csms_desktop.gui.widgets.confirm import confirm
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.gui.widgets.record_table import RecordTable
from csms_desktop.services import operators as ops
from csms_desktop.services import sites
from csms_desktop.services.certificates import (
    IMPORTED,
    RENEW_BEFORE,
    CertificateError,
    CertificateStore,
    CertInfo,
    ServerStatus,
    site_store,
)
from csms_desktop.services.security_profiles import UpgradeResult, own_profile, upgrade
from csms_desktop.store.cert_models import ChargerCertificate, ChargerSecurity
from csms_desktop.store.models import ChargePoint, SecurityEventRecord

log = logging.getLogger(__name__)

PERMISSION = ops.Permission.SETTINGS
"""What the page and its actions need (managers and administrators)."""

EVENT_LIMIT = 1000
"""At most this many events are shown (newest first)."""

PERIODS: tuple[tuple[str, timedelta | None], ...] = (
    ("Last 24 hours", timedelta(days=1)),
    ("Last 7 days", timedelta(days=7)),
    ("Last 30 days", timedelta(days=30)),
    ("All time", None),
)
ANY = ""
"""The "no filter" choice of the charger and kind filters."""


def period_title(name: str) -> str:
    return {"Last 24 hours": tr("Last 24 hours"), "Last 7 days": tr("Last 7 days"),
            "Last 30 days": tr("Last 30 days"), "All time": tr("All time")}.get(name, name)


def fingerprint_text(hex_digest: str) -> str:
    """``AB:CD:...`` in two lines of 16 bytes (as browsers and openssl show it)."""
    pairs = [hex_digest[i:i + 2].upper() for i in range(0, len(hex_digest), 2)]
    return "\n".join(":".join(pairs[i:i + 16]) for i in range(0, len(pairs), 16))


# ---------------------------------------------------------------------- reads (no Qt)

@dataclass(frozen=True)
class ChargerSecurityRow:
    charge_point_id: str
    name: str
    protocol: str
    own_profile: int
    effective_profile: int  # the higher of its own and the site minimum
    target_profile: int | None  # an upgrade asked and not met yet
    has_password: bool
    cert_serial: str  # newest client certificate from the site CA ("" when none)
    cert_expiry: datetime | None
    cert_delivered: bool
    last_event_kind: str
    last_event_at: datetime | None


def charger_rows(site_minimum: int, site: str | None = None) -> list[ChargerSecurityRow]:
    """Every charger's profile and certificate state, of ``site`` (None: every site);
    run off the GUI thread."""
    security = {r.charge_point_id: r for r in ChargerSecurity.select()}
    rows: list[ChargerSecurityRow] = []
    chargers = ChargePoint.select()
    if site:
        chargers = chargers.where(sites.site_condition(site))
    for cp in chargers.order_by(ChargePoint.id):
        cert = (ChargerCertificate.select()
                .where(ChargerCertificate.charge_point_id == cp.id,
                       ChargerCertificate.revoked == False)  # noqa: E712
                .order_by(ChargerCertificate.not_after.desc()).first())
        event = (SecurityEventRecord.select()
                 .where(SecurityEventRecord.charge_point_id == cp.id)
                 .order_by(SecurityEventRecord.timestamp.desc()).first())
        sec = security.get(cp.id)
        own = own_profile(cp.id)
        rows.append(ChargerSecurityRow(
            charge_point_id=cp.id, name=cp.name or "",
            protocol=str(getattr(cp.protocol, "value", cp.protocol) or ""),
            own_profile=own, effective_profile=max(own, site_minimum),
            target_profile=sec.target_profile if sec is not None else None,
            has_password=bool(cp.password_hash),
            cert_serial=cert.serial if cert is not None else "",
            cert_expiry=cert.not_after if cert is not None else None,
            cert_delivered=bool(cert.delivered) if cert is not None else False,
            last_event_kind=event.kind if event is not None else "",
            last_event_at=event.timestamp if event is not None else None))
    return rows


def security_events(charger: str = ANY, kind: str = ANY, since: datetime | None = None,
                    limit: int = EVENT_LIMIT, site: str | None = None
                    ) -> list[SecurityEventRecord]:
    """The security events matching the filters (of ``site``'s chargers), newest first."""
    q = SecurityEventRecord.select()
    if site:
        q = q.where(sites.in_site(SecurityEventRecord.charge_point_id, site))
    if charger:
        q = q.where(SecurityEventRecord.charge_point_id == charger)
    if kind:
        q = q.where(SecurityEventRecord.kind == kind)
    if since is not None:
        q = q.where(SecurityEventRecord.timestamp >= since)
    return list(q.order_by(SecurityEventRecord.timestamp.desc(),
                           SecurityEventRecord.id.desc()).limit(limit))


def event_choices(site: str | None = None) -> tuple[list[str], list[str]]:
    """(chargers, kinds) that occur in the security log, for the filters (the chargers
    of ``site``)."""
    q = SecurityEventRecord.select(SecurityEventRecord.charge_point_id).distinct()
    if site:
        q = q.where(sites.in_site(SecurityEventRecord.charge_point_id, site))
    chargers = [r.charge_point_id for r in q.order_by(SecurityEventRecord.charge_point_id)]
    kinds = [r.kind for r in SecurityEventRecord.select(SecurityEventRecord.kind)
             .distinct().order_by(SecurityEventRecord.kind)]
    return chargers, kinds


# ---------------------------------------------------------------------- widgets

def upgrade_steps(target: int) -> list[str]:
    """What ``security_profiles.upgrade`` does, for the confirmation."""
    if target == 2:
        return [tr("If the charger has no password of its own: a new one is set "
                   "(AuthorizationKey)."),
                tr("The SecurityProfile configuration key is set to 2."),
                tr("The charger reconnects over wss:// with its password; profile 2 counts "
                   "from that connection on.")]
    return [tr("Unless the charger already has a client certificate from the site CA: it is "
               "asked for a signing request (ExtendedTriggerMessage "
               "SignChargePointCertificate), the site CA signs it (CertificateSigned)."),
            tr("The SecurityProfile configuration key is set to 3."),
            tr("The charger reconnects over wss:// with its client certificate; profile 3 "
               "counts from that connection on.")]


class CertificatePanel(QGroupBox):
    """One certificate: subject, fingerprint, expiry (red within 30 days)."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}_panel")
        form = QFormLayout(self)
        self.subject = QLabel("…")
        self.fingerprint = QLabel("")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.expiry = QLabel("")
        self.extra = QLabel("")
        for w, obj in ((self.subject, "subject"), (self.fingerprint, "fingerprint"),
                       (self.expiry, "expiry"), (self.extra, "extra")):
            w.setObjectName(f"{name}_{obj}")
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            w.setWordWrap(w is not self.fingerprint)
        form.addRow(tr("Subject"), self.subject)
        form.addRow(tr("SHA-256 fingerprint"), self.fingerprint)
        form.addRow(tr("Expires"), self.expiry)
        self.extra_label = QLabel("")
        form.addRow(self.extra_label, self.extra)
        self.listener = QLabel("")
        self.listener.setObjectName(f"{name}_listener")
        self.listener.setWordWrap(True)
        self.listener_label = QLabel(tr("In use"))
        form.addRow(self.listener_label, self.listener)
        self.set_listener("")
        self.info: CertInfo | None = None

    def set_listener(self, text: str) -> None:
        self.listener.setText(text)
        self.listener.setVisible(bool(text))
        self.listener_label.setVisible(bool(text))

    def show_info(self, info: CertInfo, extra_label: str = "", extra: str = "") -> None:
        self.info = info
        self.subject.setText(info.subject)
        self.fingerprint.setText(fingerprint_text(info.fingerprint))
        days = int(info.days_left() // 1)
        if days < 0:
            left = tr("expired")
        elif days == 1:
            left = tr("1 day left")
        else:
            left = tr("{days} days left").format(days=fmt.integer(days))
        self.expiry.setText(f"{fmt.date_time(info.not_after)} ({left})")
        soon = info.not_after - utcnow() <= RENEW_BEFORE
        self.expiry.setStyleSheet("color: #B3161B; font-weight: bold" if soon else "")
        self.expiry.setProperty("due", soon)
        self.extra_label.setText(extra_label)
        self.extra.setText(extra)

    def show_error(self, message: str) -> None:
        self.info = None
        self.subject.setText(message)
        self.subject.setStyleSheet("color: #B3161B")
        self.fingerprint.clear()
        self.expiry.clear()


class ImportDialog(QDialog):
    """Choose a certificate (PEM with its key, or PKCS#12) and its passphrase. The import
    runs off the GUI thread; an error stays in the dialog with what was typed."""

    def __init__(self, page: SecurityPage) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("import_dialog")
        self.setWindowTitle(tr("Import certificate"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("The server certificate the wss:// listener presents: a PEM "
                                "file with the certificate (and its chain) and the private "
                                "key, or the key in a file of its own; or a PKCS#12 file "
                                "(.p12, .pfx) with its passphrase.")))
        form = QFormLayout()
        self.cert_file = QLineEdit()
        self.cert_file.setObjectName("import_cert_file")
        self.key_file = QLineEdit()
        self.key_file.setObjectName("import_key_file")
        self.key_file.setPlaceholderText(tr("only when the key is in a file of its own"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("import_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("PKCS#12 or an encrypted key"))
        for label, edit, title in (
                (tr("Certificate file"), self.cert_file, tr("Certificate (PEM or PKCS#12)")),
                (tr("Key file"), self.key_file, tr("Private key (PEM)"))):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            browse = QPushButton(tr("Browse…"))
            browse.clicked.connect(lambda _c=False, e=edit, t=title: self._browse(e, t))
            row.addWidget(browse)
            form.addRow(label, row)
        form.addRow(tr("Passphrase"), self.passphrase)
        lay.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("import_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3161B")
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_ok")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _browse(self, edit: QLineEdit, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, "", tr("Certificates (*.pem *.crt *.cer *.key *.p12 *.pfx);;"
                                "All files (*)"))
        if path:
            edit.setText(path)

    def start(self) -> None:
        cert_path = self.cert_file.text().strip()
        key_path = self.key_file.text().strip()
        if not cert_path:
            self.error.setText(tr("Choose the certificate file."))
            return
        passphrase = self.passphrase.text() or None
        store = self.page.store

        def work() -> CertInfo:
            data = Path(cert_path).read_bytes()
            key = Path(key_path).read_bytes() if key_path else None
            return store.import_server(data, passphrase=passphrase, key_data=key)

        self.error.setText(tr("Importing…"))
        self.import_button.setEnabled(False)
        offthread.submit(work, owner=self, on_done=self._done, on_error=self._failed)

    def _done(self, info: CertInfo) -> None:
        self.import_button.setEnabled(True)
        self.accept()
        self.page.imported(info)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, OSError):
            text = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
        elif isinstance(exc, CertificateError):
            text = str(exc)
        else:
            log.error("importing a certificate failed", exc_info=exc)
            text = str(exc) or type(exc).__name__
        self.error.setText(tr("Not imported (the current certificate stays): {reason}")
                           .format(reason=text))


CHARGER_COLUMNS = (QT_TR_NOOP("Charger"), QT_TR_NOOP("Protocol"), QT_TR_NOOP("Profile"),
                   QT_TR_NOOP("Password"), QT_TR_NOOP("Client certificate expires"),
                   QT_TR_NOOP("Last security event"))
EVENT_COLUMNS = (QT_TR_NOOP("Time"), QT_TR_NOOP("Charger"), QT_TR_NOOP("Kind"),
                 QT_TR_NOOP("Source"), QT_TR_NOOP("Count"), QT_TR_NOOP("Address"),
                 QT_TR_NOOP("Detail"))


def _fit_columns(table: RecordTable) -> None:
    """Each column as wide as its content, the last one (detail, last event) the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)


class SecurityPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskSet()
        self.status: ServerStatus | None = None
        self.upgrading: str | None = None  # the charger being upgraded
        self.last_upgrade: UpgradeResult | None = None
        self._loads = 0  # reads in flight (tests wait for 0)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + tr("Security") + "</h2>"))

        # certificates
        certs = QHBoxLayout()
        self.ca_panel = CertificatePanel(tr("Site certificate authority (CA)"), "ca")
        self.server_panel = CertificatePanel(tr("Server certificate (wss://)"), "server")
        certs.addWidget(self.ca_panel, 1)
        certs.addWidget(self.server_panel, 1)
        lay.addLayout(certs)
        bar = QHBoxLayout()
        self.export_button = QPushButton(tr("Export CA…"))
        self.export_button.setObjectName("export_ca")
        self.export_button.setToolTip(tr("Save the CA certificate (PEM) to install on chargers "
                                         "as the CSMS root certificate"))
        self.import_button = QPushButton(tr("Import certificate…"))
        self.import_button.setObjectName("import_cert")
        self.import_button.setToolTip(tr("Use your own server certificate (PEM or PKCS#12)"))
        self.renew_button = QPushButton(tr("Renew"))
        self.renew_button.setObjectName("renew")
        self.renew_button.setToolTip(tr("Issue a new server certificate from the site CA"))
        self.export_button.clicked.connect(lambda: self.export_ca())
        self.import_button.clicked.connect(lambda: self.open_import())
        self.renew_button.clicked.connect(lambda: self.renew())
        for b in (self.export_button, self.import_button, self.renew_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.outcome = OutcomeLine()
        self.outcome.setObjectName("security_outcome")
        lay.addWidget(self.outcome)

        # chargers
        chargers = QWidget()
        cl = QVBoxLayout(chargers)
        cl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.chargers_title = QLabel("")
        self.chargers_title.setObjectName("chargers_title")
        head.addWidget(self.chargers_title, 1)
        self.upgrade2_button = QPushButton(tr("Upgrade to profile 2…"))
        self.upgrade2_button.setObjectName("upgrade_2")
        self.upgrade3_button = QPushButton(tr("Upgrade to profile 3…"))
        self.upgrade3_button.setObjectName("upgrade_3")
        self.upgrade2_button.clicked.connect(lambda: self.ask_upgrade(2))
        self.upgrade3_button.clicked.connect(lambda: self.ask_upgrade(3))
        head.addWidget(self.upgrade2_button)
        head.addWidget(self.upgrade3_button)
        cl.addLayout(head)
        self.chargers = RecordTable([tr(c) for c in CHARGER_COLUMNS], min_height=100)
        self.chargers.setObjectName("security_chargers")
        _fit_columns(self.chargers)
        self.chargers.itemSelectionChanged.connect(self._update_buttons)
        cl.addWidget(self.chargers, 1)

        # events
        events = QWidget()
        el = QVBoxLayout(events)
        el.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(QLabel("<b>" + tr("Security events") + "</b>"))
        filters.addSpacing(12)
        self.f_charger = QComboBox()
        self.f_charger.setObjectName("event_charger")
        self.f_kind = QComboBox()
        self.f_kind.setObjectName("event_kind")
        self.f_period = QComboBox()
        self.f_period.setObjectName("event_period")
        for name, _ in PERIODS:
            self.f_period.addItem(period_title(name), name)
        for combo in (self.f_charger, self.f_kind):
            combo.addItem(tr("Any"), ANY)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for label, w in ((tr("Charge point"), self.f_charger), (tr("Kind"), self.f_kind),
                         (tr("Period"), self.f_period)):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            filters.addWidget(lbl)
            filters.addWidget(w)
            w.currentIndexChanged.connect(lambda _i: self.load_events())
        filters.addStretch(1)
        self.events_count = QLabel("")
        self.events_count.setObjectName("events_count")
        filters.addWidget(self.events_count)
        el.addLayout(filters)
        self.events = RecordTable([tr(c) for c in EVENT_COLUMNS], min_height=100)
        self.events.setObjectName("security_events")
        _fit_columns(self.events)
        el.addWidget(self.events, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(chargers)
        split.addWidget(events)
        split.setSizes([260, 340])
        lay.addWidget(split, 1)

        # events are stored in batches: read a bit later, at most once a second, and only
        # while the page is shown (a hidden page reads once when shown again)
        self._stale = False
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setInterval(1000)
        self._event_timer.timeout.connect(self.refresh_live)
        for signal in (ctx.bridge.security_event, ctx.bridge.charger_connected,
                       ctx.bridge.charger_disconnected):
            signal.connect(lambda _e: self._changed())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self._update_buttons()
        self._loaded = False

    # ------------------------------------------------------------------ context
    @property
    def services(self) -> Any:
        return self.ctx.runtime.services

    @property
    def store(self) -> CertificateStore:
        return site_store(self.services)

    def operator(self) -> Any:
        return self.ctx.extras.get("operator")

    def may_act(self) -> bool:
        """Managers and administrators (every operator when the window has no sign-in)."""
        window = getattr(self.ctx, "window", None)
        if window is not None and not getattr(window, "access_control", True):
            return True
        return ops.can(self.operator(), PERMISSION)

    def _refused(self) -> bool:
        if self.may_act():
            return False
        self.outcome.message(tr("Only managers and administrators may do this."), ok=False)
        return True

    def on_operator_changed(self, _op: Any) -> None:
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_buttons()
        if not self._loaded:
            self._loaded = True
            self._stale = False
            self.refresh()
        elif self._stale:
            self._stale = False
            self.refresh_live()

    def on_site_changed(self, _site: str | None) -> None:
        """The window's site selector: that site's chargers and security events only."""
        if self.isVisible() and self._loaded:
            self.refresh_live()
        else:
            self._stale = self._loaded

    def _changed(self) -> None:
        if not self.isVisible():
            self._stale = self._loaded
        elif not self._event_timer.isActive():
            self._event_timer.start()

    # ------------------------------------------------------------------ reads
    @property
    def busy(self) -> bool:
        return self._loads > 0

    def _submit(self, fn: Any, on_done: Any, on_error: Any = None) -> None:
        self._loads += 1

        def done(result: Any) -> None:
            self._loads -= 1
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._loads -= 1
            if on_error is not None:
                on_error(exc)
            else:
                log.error("security page: a read failed", exc_info=exc)
                self.outcome.message(str(exc) or type(exc).__name__, ok=False)

        offthread.submit(fn, owner=self, on_done=done, on_error=failed)

    def refresh(self) -> None:
        self.load_certificates()
        self.load_chargers()
        self.load_events()

    def refresh_live(self) -> None:
        self.load_chargers()
        self.load_events()

    def load_certificates(self) -> None:
        store = self.store
        self._submit(store.ensure, self._show_status, self._status_failed)

    def _show_status(self, status: ServerStatus) -> None:
        self.status = status
        self.ca_panel.show_info(status.ca, tr("Folder"), str(self.store.folder))
        source = (tr("imported (renew it by importing its successor)")
                  if status.source == IMPORTED else tr("issued by the site CA"))
        names = ", ".join(status.server.names)
        self.server_panel.show_info(status.server, tr("Source"),
                                    source + (f"\n{names}" if names else ""))
        self.server_panel.set_listener(self.listener_text())

    def listener_text(self) -> str:
        """What the running server does with this certificate."""
        server = self.ctx.runtime.server
        if getattr(server, "ssl_context", None) is None:
            return tr("wss:// is off (main.py config set tls_enabled true, or --tls)")
        port = getattr(server, "tls_port", 0)
        if getattr(server, "certificates", None) is None:
            return tr("wss:// on port {port} uses its own certificate files "
                      "(--tls-cert/--tls-key), not this one").format(port=port)
        return tr("wss:// on port {port} presents it").format(port=port)

    def _status_failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, CertificateError | OSError) else \
            (str(exc) or type(exc).__name__)
        self.ca_panel.show_error(tr("The site CA cannot be read: {reason}").format(reason=text))
        self.server_panel.show_error("")

    def load_chargers(self) -> None:
        minimum = int(self.services.settings.security_profile)
        self.chargers_title.setText("<b>" + tr("Chargers") + "</b> · " + tr(
            "site minimum: profile {profile}").format(profile=minimum))
        site = self.ctx.extras.get("site")
        self._submit(lambda: charger_rows(minimum, site), self._show_chargers)

    def _show_chargers(self, rows: list[ChargerSecurityRow]) -> None:
        selected = self.selected_charger()
        connected = self.services.chargers.connected

        def cells(r: ChargerSecurityRow) -> list[str]:
            profile = str(r.effective_profile)
            if r.effective_profile > r.own_profile:
                profile = tr("{profile} (site minimum; its own {own})").format(
                    profile=r.effective_profile, own=r.own_profile)
            if r.target_profile is not None and r.target_profile > r.own_profile:
                profile = tr("{profile} → {target} (asked)").format(profile=profile,
                                                                    target=r.target_profile)
            if r.cert_expiry is None:
                cert = tr("none")
            else:
                cert = fmt.date_only(r.cert_expiry)
                if not r.cert_delivered:
                    cert = tr("{date} (not installed yet)").format(date=cert)
                elif r.cert_expiry <= utcnow():
                    cert = tr("{date} (expired)").format(date=cert)
            event = "" if r.last_event_at is None else \
                f"{fmt.date_time(r.last_event_at)}  {r.last_event_kind}"
            name = r.charge_point_id + (f" ({r.name})" if r.name and r.name != r.charge_point_id else "")
            if r.charge_point_id in connected:
                name = tr("{charger} · connected").format(charger=name)
            protocol = "OCPP " + PROTOCOL_NAMES.get(r.protocol, r.protocol)
            return [name, protocol, profile, tr("yes") if r.has_password else tr("no"),
                    cert, event]

        self.chargers.set_records(rows, cells,
                                  dimmed=lambda r: r.charge_point_id not in connected)
        for i, r in enumerate(rows):
            if r.cert_expiry is not None and r.cert_expiry - utcnow() <= RENEW_BEFORE:
                item = self.chargers.item(i, 4)
                if item is not None:
                    item.setForeground(Qt.GlobalColor.red)
            if r.charge_point_id == selected:
                self.chargers.selectRow(i)
        self._update_buttons()

    def load_events(self) -> None:
        charger = self.f_charger.currentData() or ANY
        kind = self.f_kind.currentData() or ANY
        delta = dict(PERIODS).get(self.f_period.currentData())
        since = utcnow() - delta if delta is not None else None

        site = self.ctx.extras.get("site")

        def work() -> tuple[list[SecurityEventRecord], tuple[list[str], list[str]]]:
            return (security_events(charger, kind, since, site=site), event_choices(site))

        self._submit(work, self._show_events)

    def _show_events(self, result: tuple[list[SecurityEventRecord],
                                         tuple[list[str], list[str]]]) -> None:
        rows, (chargers, kinds) = result
        for combo, values in ((self.f_charger, chargers), (self.f_kind, kinds)):
            have = {combo.itemData(i) for i in range(combo.count())}
            combo.blockSignals(True)
            for v in values:
                if v not in have:
                    combo.addItem(v, v)
            combo.blockSignals(False)

        def cells(r: SecurityEventRecord) -> list[str]:
            source = tr("charger") if r.source == "CHARGER" else tr("CSMS")
            return [fmt.date_time(r.timestamp, seconds=True), r.charge_point_id, r.kind,
                    source, fmt.integer(r.occurrences), r.remote,
                    r.detail.replace("\n", " ")]

        self.events.set_records(rows, cells)
        for i, r in enumerate(rows):  # the whole detail, however long
            item = self.events.item(i, len(EVENT_COLUMNS) - 1)
            if item is not None and r.detail:
                item.setToolTip(r.detail)
        n = len(rows)
        self.events_count.setText(
            (tr("1 event") if n == 1 else tr("{count} events").format(count=fmt.integer(n)))
            + (tr(" (the newest {limit})").format(limit=fmt.integer(EVENT_LIMIT))
               if n >= EVENT_LIMIT else ""))

    # ------------------------------------------------------------------ certificates
    def export_ca(self, path: str | None = None) -> None:
        if self._refused():
            return
        if not path:
            default = Path.home() / "csms-site-ca.pem"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export CA"), str(default),
                                                  tr("PEM certificate (*.pem *.crt)"))
        if not path:
            return
        target = Path(path)
        store = self.store

        def work() -> Path:
            target.write_bytes(store.ca_pem())
            return target

        offthread.submit(
            work, owner=self,
            on_done=lambda p: self.outcome.message(
                tr("Wrote the site CA to {path}: install it on each charger as its CSMS root "
                   "certificate.").format(path=p)),
            on_error=lambda e: self.outcome.message(
                tr("The CA was not exported: {reason}").format(
                    reason=getattr(e, "strerror", None) or e), ok=False))

    def open_import(self) -> ImportDialog | None:
        if self._refused():
            return None
        dlg = ImportDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def imported(self, info: CertInfo) -> None:
        note, ok = self._reload_listener()
        self.outcome.message(tr("Imported {subject}, expires {date}.").format(
            subject=info.subject, date=fmt.date_only(info.not_after)) + " " + note, ok)
        self.load_certificates()

    def renew(self) -> None:
        if self._refused():
            return
        detail = tr("New chargers' connections get it at once; chargers that trust the site "
                    "CA accept it without changes.")
        if self.status is not None and self.status.source == IMPORTED:
            detail += " " + tr("The imported certificate is replaced by one of the site CA.")
        confirm(self, tr("Renew the server certificate"),
                tr("Issue a new server certificate from the site CA now?"), tr("Renew"),
                self._renew_now, detail)

    def _renew_now(self) -> None:
        self.renew_button.setEnabled(False)
        store = self.store

        def done(info: CertInfo) -> None:
            self.renew_button.setEnabled(True)
            note, ok = self._reload_listener()
            self.outcome.message(tr("Issued a new server certificate, expires {date}.").format(
                date=fmt.date_only(info.not_after)) + " " + note, ok)
            self.load_certificates()

        def failed(exc: BaseException) -> None:
            self.renew_button.setEnabled(True)
            self.outcome.message(tr("Not renewed: {reason}").format(reason=exc), ok=False)

        offthread.submit(store.issue_server, owner=self, on_done=done, on_error=failed)

    def _reload_listener(self) -> tuple[str, bool]:
        """A running wss:// listener on the site CA's files gets the new certificate for its
        next connections (its own --tls-cert/--tls-key stay): what became of it, and
        whether that went well."""
        server = self.ctx.runtime.server
        context = getattr(server, "ssl_context", None)
        if context is None:
            return tr("wss:// is off: the certificate is used once it is switched on."), True
        if getattr(server, "certificates", None) is None:
            return tr("The running wss:// listener keeps its own certificate files "
                      "(--tls-cert/--tls-key)."), True
        try:
            server.certificates.reload(context)
        except Exception as exc:
            log.exception("reloading the listener's certificate failed")
            return tr("The new certificate is used from the next start: {reason}").format(
                reason=exc), False
        return tr("New wss:// connections get it now."), True

    # ------------------------------------------------------------------ upgrades
    def selected_charger(self) -> str | None:
        row = self.chargers.selected_record()
        return row.charge_point_id if row is not None else None

    def _update_buttons(self) -> None:
        row = self.chargers.selected_record()
        may = self.may_act()
        for b in (self.export_button, self.import_button, self.renew_button):
            b.setEnabled(may)
        for target, b in ((2, self.upgrade2_button), (3, self.upgrade3_button)):
            ok = (may and row is not None and self.upgrading is None
                  and row.own_profile < target)
            b.setEnabled(ok)
            b.setToolTip("" if row is None else (
                tr("{charger} is at profile {profile} already").format(
                    charger=row.charge_point_id, profile=row.own_profile)
                if row.own_profile >= target else
                tr("Raise {charger}'s security profile to {target}").format(
                    charger=row.charge_point_id, target=target)))

    def ask_upgrade(self, target: int, cp_id: str | None = None) -> None:
        if self._refused():
            return
        cp_id = cp_id or self.selected_charger()
        if cp_id is None:
            return
        steps = "\n".join(f"{i}. {s}" for i, s in enumerate(upgrade_steps(target), 1))
        detail = (steps + "\n\n" + tr(
            "The charger must trust the site CA first (Export CA… and install it on the "
            "charger). A charger that cannot connect at the new profile falls back to its "
            "old one and is still admitted there.")
            + ("\n" + tr("The charger must be connected.")
               if cp_id not in self.services.chargers.connected else ""))
        confirm(self, tr("Upgrade the security profile"),
                tr("Raise {charger} to security profile {target}?").format(
                    charger=cp_id, target=target),
                tr("Upgrade to profile {target}").format(target=target),
                lambda: self.start_upgrade(cp_id, target), detail)

    def start_upgrade(self, cp_id: str, target: int) -> bool:
        """Run the upgrade on the event loop; False when there is no loop to run it."""
        if self._refused():
            return False
        self.upgrading = cp_id
        self._update_buttons()
        self.outcome.message(tr("{what}: running…").format(what=self._upgrade_what(cp_id,
                                                                                    target)))
        task = self.tasks.spawn_if_running(self._upgrade(cp_id, target))
        if task is None:
            self.upgrading = None
            self._update_buttons()
            self.outcome.message(tr("The upgrade cannot run: no event loop."), ok=False)
            return False
        return True

    @staticmethod
    def _upgrade_what(cp_id: str, target: int) -> str:
        return tr("Upgrade of {charger} to profile {target}").format(charger=cp_id,
                                                                      target=target)

    async def _upgrade(self, cp_id: str, target: int) -> None:
        what = self._upgrade_what(cp_id, target)
        try:
            result = await upgrade(self.services, self.ctx.commands, cp_id, target)
        except Exception as exc:  # a bug must not leave the page waiting forever
            log.exception("upgrading %s failed", cp_id)
            result = UpgradeResult(cp_id, False, -1, (str(exc) or type(exc).__name__,))
        self.last_upgrade = result
        self.upgrading = None
        steps = "; ".join(result.steps)
        if result.ok:
            self.outcome.message(tr("{what}: done, now at profile {profile} ({steps})").format(
                what=what, profile=result.profile, steps=steps))
        else:
            self.outcome.message(tr("{what}: failed ({steps})").format(what=what, steps=steps),
                                 ok=False)
        self.outcome.setToolTip("\n".join(result.steps))
        self._update_buttons()
        self.load_chargers()
        self.load_events()


def create(ctx: Any) -> SecurityPage:
    return SecurityPage(ctx)
