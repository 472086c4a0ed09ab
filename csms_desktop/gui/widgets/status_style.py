"""How a connector status looks: colour, a painted icon and words (never colour alone).

Icons are drawn with QPainter (no image files, no emoji font needed). Every background /
text pair has a contrast ratio of at least 4.5:1 (WCAG AA), checked by a test.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from csms_desktop.gui.i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class StatusStyle:
    key: str
    words: str  # the words on the tile, in English (see ``label``)
    background: str
    foreground: str
    icon: str  # one of the ICON_* kinds below
    about: str  # tooltip / accessible description, in English (see ``description``)

    @property
    def label(self) -> str:
        """The words on the tile in the interface's language."""
        return tr(self.words)

    @property
    def description(self) -> str:
        return tr(self.about)


OFFLINE = "Offline"
UNKNOWN = "Unknown"

STYLES: dict[str, StatusStyle] = {s.key: s for s in (
    StatusStyle("Available", QT_TR_NOOP("Available"), "#1E6E2E", "#FFFFFF", "check",
                QT_TR_NOOP("Free: a driver can plug in")),
    StatusStyle("Preparing", QT_TR_NOOP("Preparing"), "#00606B", "#FFFFFF", "plug",
                QT_TR_NOOP("Plugged in or tag presented, not charging yet")),
    StatusStyle("Charging", QT_TR_NOOP("Charging"), "#1450A8", "#FFFFFF", "bolt",
                QT_TR_NOOP("Energy is flowing")),
    StatusStyle("SuspendedEV", QT_TR_NOOP("Paused by vehicle"), "#F2B01E", "#1A1A1A", "pause",
                QT_TR_NOOP("The vehicle does not take energy (full or paused)")),
    StatusStyle("SuspendedEVSE", QT_TR_NOOP("Paused by charger"), "#E8710A", "#1A1A1A",
                "pause_limit",
                QT_TR_NOOP("The charger withholds energy (limit or schedule)")),
    StatusStyle("Finishing", QT_TR_NOOP("Finishing"), "#5B2C8F", "#FFFFFF", "flag",
                QT_TR_NOOP("Session over; waiting for the cable to be unplugged")),
    StatusStyle("Reserved", QT_TR_NOOP("Reserved"), "#8E1F5C", "#FFFFFF", "lock",
                QT_TR_NOOP("Held for a reservation")),
    StatusStyle("Occupied", QT_TR_NOOP("Occupied"), "#283593", "#FFFFFF", "plug",
                QT_TR_NOOP("A vehicle is connected (OCPP 2.0.1)")),
    StatusStyle("Unavailable", QT_TR_NOOP("Unavailable"), "#555B61", "#FFFFFF", "blocked",
                QT_TR_NOOP("Switched off by the operator or the charger")),
    StatusStyle("Faulted", QT_TR_NOOP("Faulted"), "#B3161B", "#FFFFFF", "warning",
                QT_TR_NOOP("The charger reports an error")),
    StatusStyle(OFFLINE, QT_TR_NOOP("Offline"), "#22282D", "#E6E6E6", "offline",
                QT_TR_NOOP("The charge point is not connected")),
    StatusStyle(UNKNOWN, QT_TR_NOOP("No status yet"), "#D0D4D8", "#1A1A1A", "question",
                QT_TR_NOOP("The charger has not reported this connector's status")),
)}

CHARGING_STATES = ("Charging",)
SESSION_STATES = ("Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing",
                  "Occupied")


def style_for(ocpp_status: str | None, online: bool = True) -> StatusStyle:
    if not online:
        return STYLES[OFFLINE]
    return STYLES.get(ocpp_status or "", STYLES[UNKNOWN])


def _luminance(hex_colour: str) -> float:
    c = QColor(hex_colour)

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def paint_icon(p: QPainter, rect: QRectF, kind: str, colour: QColor | str) -> None:
    """Draw the status icon ``kind`` inside ``rect`` in ``colour``."""
    colour = QColor(colour)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    s = min(rect.width(), rect.height())
    r = QRectF(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s)
    w = max(2.0, s * 0.1)
    pen = QPen(colour, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)

    def pt(x: float, y: float) -> QPointF:
        return QPointF(r.left() + x * s, r.top() + y * s)

    ring = r.adjusted(w / 2, w / 2, -w / 2, -w / 2)
    if kind == "check":
        p.drawEllipse(ring)
        path = QPainterPath(pt(0.28, 0.52))
        path.lineTo(pt(0.44, 0.68))
        path.lineTo(pt(0.73, 0.35))
        p.drawPath(path)
    elif kind == "bolt":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([pt(0.58, 0.04), pt(0.18, 0.56), pt(0.45, 0.56), pt(0.36, 0.96),
                                 pt(0.82, 0.40), pt(0.54, 0.40), pt(0.66, 0.04)]))
    elif kind == "plug":
        p.drawLine(pt(0.38, 0.08), pt(0.38, 0.28))
        p.drawLine(pt(0.62, 0.08), pt(0.62, 0.28))
        body = QPainterPath(pt(0.22, 0.28))
        body.lineTo(pt(0.78, 0.28))
        body.lineTo(pt(0.78, 0.48))
        body.quadTo(pt(0.78, 0.70), pt(0.5, 0.70))
        body.quadTo(pt(0.22, 0.70), pt(0.22, 0.48))
        body.closeSubpath()
        p.drawPath(body)
        p.drawLine(pt(0.5, 0.70), pt(0.5, 0.94))
    elif kind in ("pause", "pause_limit"):
        if kind == "pause":  # the vehicle pauses: a round sign
            p.drawEllipse(ring)
        else:  # the charger pauses: a square sign, like the charger's box
            p.drawRoundedRect(ring, s * 0.12, s * 0.12)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRect(QRectF(pt(0.34, 0.28), pt(0.45, 0.72)))
        p.drawRect(QRectF(pt(0.55, 0.28), pt(0.66, 0.72)))
    elif kind == "flag":
        p.drawLine(pt(0.25, 0.06), pt(0.25, 0.95))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([pt(0.27, 0.08), pt(0.82, 0.24), pt(0.27, 0.50)]))
    elif kind == "lock":
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(pt(0.18, 0.44), pt(0.82, 0.94)), s * 0.06, s * 0.06)
        p.setBrush(Qt.BrushStyle.NoBrush)
        arc = QRectF(pt(0.30, 0.08), pt(0.70, 0.66))
        p.drawArc(arc, 0, 180 * 16)
        p.drawLine(pt(0.30, 0.37), pt(0.30, 0.46))
        p.drawLine(pt(0.70, 0.37), pt(0.70, 0.46))
    elif kind == "blocked":
        p.drawEllipse(ring)
        p.drawLine(pt(0.22, 0.22), pt(0.78, 0.78))
    elif kind == "warning":
        tri = QPainterPath(pt(0.5, 0.06))
        tri.lineTo(pt(0.95, 0.90))
        tri.lineTo(pt(0.05, 0.90))
        tri.closeSubpath()
        p.drawPath(tri)
        p.drawLine(pt(0.5, 0.36), pt(0.5, 0.62))
        p.drawPoint(pt(0.5, 0.76))
    elif kind == "offline":
        # the "no signal" sign: three arcs and a dot, struck through
        for radius in (0.44, 0.31, 0.18):
            arc = QRectF(pt(0.5 - radius, 0.72 - radius), pt(0.5 + radius, 0.72 + radius))
            p.drawArc(arc, 45 * 16, 90 * 16)
        p.setBrush(colour)
        p.drawEllipse(QRectF(pt(0.45, 0.67), pt(0.55, 0.77)))
        p.drawLine(pt(0.12, 0.12), pt(0.88, 0.88))
    else:  # question
        p.drawEllipse(ring)
        path = QPainterPath(pt(0.36, 0.38))
        path.quadTo(pt(0.36, 0.22), pt(0.5, 0.22))
        path.quadTo(pt(0.66, 0.22), pt(0.64, 0.38))
        path.quadTo(pt(0.62, 0.50), pt(0.5, 0.54))
        path.lineTo(pt(0.5, 0.62))
        p.drawPath(path)
        p.drawPoint(pt(0.5, 0.76))
    p.restore()


_ICON_CACHE: dict[tuple[str, int], QIcon] = {}


def status_icon(ocpp_status: str | None, online: bool = True, size: int = 16) -> QIcon:
    """A small icon on the status colour, for tables and headers (cached)."""
    st = style_for(ocpp_status, online)
    key = (st.key, size)
    icon = _ICON_CACHE.get(key)
    if icon is None:
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(st.background))
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        paint_icon(p, QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7), st.icon,
                   st.foreground)
        p.end()
        icon = _ICON_CACHE[key] = QIcon(pm)
    return icon
