"""Sample site data for demo mode: drivers, vehicles, tags, a tariff and two clients."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal

from csms_desktop.domain.enums import ConnectorType, IdTagStatus, VehicleType
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.models import Client, Connector, IdTag, Tariff, User, UserVehicle

_DRIVERS = (
    ("+66812345601", "Somchai Jaidee", "กข 1234", "BYD", "Atto 3", 0),
    ("+66812345602", "Napat Srisuk", "1กก 5678", "MG", "ZS EV", 0),
    ("+66812345603", "Kanya Chaiyo", "2ขข 9012", "Tesla", "Model 3", 0),
    ("+5561999998801", "Maria da Silva", "ABC1D23", "BYD", "Dolphin", 1),
    ("+5561999998802", "João Souza", "XYZ9K87", "Renault", "Kwid E-Tech", 1),
    ("+66812345606", "Preecha Wong", "3คค 3456", "Ora", "Good Cat", 0),
    ("+66812345607", "Malee Boonmee", "4งง 7890", "Neta", "V", 0),
    ("+66812345608", "Anan Kittisak", "5จจ 1122", "Volvo", "EX30", 0),
    ("+66812345609", "Suda Rattana", "6ฉฉ 3344", "BYD", "Seal", 0),
    ("+66812345610", "Wichai Thongdee", "7ชช 5566", "MG", "4 Electric", 0),
    ("+66812345611", "Pim Charoen", "8ซซ 7788", "Hyundai", "Ioniq 5", 0),
    ("+66812345612", "Chai Mongkol", "9ฌฌ 9900", "Nissan", "Leaf", 0),
    ("+5561999998803", "Ana Pereira", "BRA2E19", "BYD", "Seal", 1),
    ("+5561999998804", "Pedro Almeida", "QWE4R56", "Chevrolet", "Bolt EV", 1),
    ("+5561999998805", "Luíza Costa", "RTY7U89", "Volvo", "XC40 Recharge", 1),
    ("+5561999998806", "Carlos Araújo", "ASD1F23", "Peugeot", "e-2008", 1),
)
# one card per driver; the demo gives each card to one connector at a time
DEMO_TAGS = tuple(f"DEMO{n:04d}" for n in range(1, len(_DRIVERS) + 1))


def seed_demo_data() -> bool:
    """Create the demo rows once; returns False when the database already has drivers."""
    if User.select().exists():
        return False
    fleet = Client.create(
        full_name="Frota Demo Transportes Ltda", street="Quadra 203", number="10",
        complement="Bloco A", neighborhood="Águas Claras", zip_code="71909-000",
        city="Águas Claras", state="DF", tax_id="11222333000181", client_number="1001",
        email="financeiro@frota.example", country="BR", language="pt_BR",
    )
    thai = Client.create(
        full_name="บริษัท ขนส่งสีเขียว จำกัด", street="ถนนสุขุมวิท", number="99",
        neighborhood="คลองเตย", zip_code="10110", city="กรุงเทพมหานคร", state="กรุงเทพฯ",
        tax_id="0105551234567", client_number="1002", country="TH", language="th_TH",
    )
    clients = (thai, fleet)
    for (phone, name, plate, make, model, client_ix), tag in zip(_DRIVERS, DEMO_TAGS, strict=True):
        user = User.create(phone_number=phone, name=name, client=clients[client_ix])
        UserVehicle.create(user=user, license_plate=plate, make=make, model=model,
                           type=VehicleType.ELECTRIC)
        IdTag.create(id_tag=tag, user=user, status=IdTagStatus.ACCEPTED,
                     expiry_date=utcnow() + timedelta(days=365))
    Tariff.create(
        name="Site default", currency="THB", price_per_kwh=Decimal("7.50"),
        windows=[{"name": "Peak", "start": "09:00", "end": "22:00", "price_per_kwh": "8.50"},
                 {"name": "Off-peak", "start": "22:00", "end": "09:00",
                  "price_per_kwh": "4.50"}],
        session_fee=Decimal("10.00"), idle_fee_per_minute=Decimal("2.00"),
        idle_grace_minutes=15, tax_rate=Decimal("0.07"),
        effective_from=utcnow() - timedelta(days=400),
    )
    return True


def label_demo_connectors(chargers: Iterable[tuple[str, bool, float]]) -> list[str]:
    """What a real site records when it installs a charger: AC connectors are Type 2 up to
    22 kW, DC ones CCS2 (connector 1) and CHAdeMO (the others), each with its power.
    ``chargers``: (identity, is DC, maximum power in kW). Returns the identities changed."""
    changed = []
    for cp_id, dc, max_kw in chargers:
        n = 0
        for conn in Connector.select().where(Connector.charge_point == cp_id):
            if dc:
                kind = ConnectorType.CCS_COMBO_2 if conn.connector_id == 1 else ConnectorType.CHADEMO
            else:
                kind = ConnectorType.TYPE_2
                max_kw = min(max_kw, 22.0)  # IEC 62196 Type 2: 3 x 32 A x 230 V
            if conn.type != kind or conn.max_power != max_kw:
                Connector.update(type=kind, max_power=max_kw).where(
                    Connector.id == conn.id).execute()
                n += 1
        if n:
            changed.append(cp_id)
    return changed
