"""Peewee models: every seed table (names in snake_case, as prescribed) and the extensions.

Seed 1 (CSMS): user, user_vehicle, charge_point, connector, transaction, meter_value,
charging_session, reservation, charging_profile, ocpp_message, notification.
Seed 2 (invoices): client, invoice, billed_item, consumption_history.
Extensions (domain-model.md, "what the seeds lack"): id_tag, id_tag_charge_point, tariff,
setting, operator, charge_point_variable, plus nullable columns on seed tables.

Column names are part of the public contract (other tools read these tables): never rename.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from csms_desktop.domain import enums as E
from csms_desktop.domain.ids import new_cuid, new_uuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.api_models import API_MODELS
from csms_desktop.store.backup_models import BackupRecord
from csms_desktop.store.cert_models import CERT_MODELS
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import EnumField, JSONField, MoneyField, UTCDateTimeField
from csms_desktop.store.load_models import LOAD_MODELS
from csms_desktop.store.node_models import NODE_MODELS
from csms_desktop.store.v201_models import V201_MODELS


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class CuidModel(BaseModel):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)


class UuidModel(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36, default=new_uuid)


# ----------------------------------------------------------------- seed 2: clients


class Client(UuidModel):
    full_name = pw.CharField(max_length=200)
    street = pw.CharField(max_length=200)
    number = pw.CharField(max_length=20)
    complement = pw.CharField(max_length=100, null=True)
    neighborhood = pw.CharField(max_length=100)
    zip_code = pw.CharField(max_length=16)
    city = pw.CharField(max_length=100)
    state = pw.CharField(max_length=100)
    tax_id = pw.CharField(max_length=32)
    state_registration = pw.CharField(max_length=32, null=True)
    # extensions (nullable or defaulted)
    client_number = pw.CharField(max_length=32, null=True, unique=True)
    email = pw.CharField(max_length=200, null=True)
    country = pw.CharField(max_length=2, default="BR")
    language = pw.CharField(max_length=8, default="pt_BR")
    tariff_id = pw.CharField(max_length=40, null=True)
    created_at = UTCDateTimeField(default=utcnow)


# ----------------------------------------------------------------- seed 1: CSMS


class User(CuidModel):
    client_id: str | None  # foreign key value (declared for type checkers)
    phone_number = pw.CharField(max_length=20, unique=True)
    name = pw.CharField(max_length=200, null=True)
    email = pw.CharField(max_length=200, null=True)
    status = EnumField(E.UserStatus, default=E.UserStatus.ACTIVE)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    # extension: the company (or person) billed for this driver
    client = pw.ForeignKeyField(
        Client, column_name="client_id", null=True, backref="drivers", on_delete="SET NULL"
    )

    def save(self, *args: Any, **kwargs: Any) -> Any:
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class UserVehicle(CuidModel):
    user_id: str  # foreign key value (declared for type checkers)
    user = pw.ForeignKeyField(User, column_name="user_id", backref="vehicles", on_delete="CASCADE")
    license_plate = pw.CharField(max_length=20, unique=True)
    make = pw.CharField(max_length=60, null=True)
    model = pw.CharField(max_length=60, null=True)
    type = EnumField(E.VehicleType, default=E.VehicleType.ELECTRIC)


DEFAULT_SITE_ID = "default"
DEFAULT_SITE_NAME = "Default"


class Site(BaseModel):
    """A depot (migration 16). Every charge point belongs to one; ``site_id`` NULL counts as
    the default site (``DEFAULT_SITE_ID``, made by the migration)."""

    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    name = pw.CharField(max_length=100, unique=True)
    address = pw.CharField(max_length=200, default="")
    time_zone = pw.CharField(max_length=64, default="")  # empty: the setting time_zone
    created_at = UTCDateTimeField(default=utcnow)


class ChargePoint(BaseModel):
    site_id: str | None  # foreign key value (declared for type checkers)
    id = pw.CharField(primary_key=True, max_length=64)  # the OCPP identity
    name = pw.CharField(max_length=100)
    location = pw.CharField(max_length=200, default="")
    latitude = pw.DoubleField(null=True)
    longitude = pw.DoubleField(null=True)
    protocol = EnumField(E.OCPPVersion, default=E.OCPPVersion.OCPP16)
    status = EnumField(E.ChargePointStatus, default=E.ChargePointStatus.AVAILABLE)
    max_power = pw.DoubleField(null=True)  # kW
    connector_count = pw.IntegerField(default=1)
    # extensions: BootNotification details, connection state, admission, security
    vendor = pw.CharField(max_length=50, null=True)
    model = pw.CharField(max_length=50, null=True)
    serial_number = pw.CharField(max_length=50, null=True)
    firmware_version = pw.CharField(max_length=50, null=True)
    iccid = pw.CharField(max_length=20, null=True)
    imsi = pw.CharField(max_length=20, null=True)
    meter_type = pw.CharField(max_length=50, null=True)
    meter_serial_number = pw.CharField(max_length=50, null=True)
    registration_status = EnumField(E.RegistrationStatus, default=E.RegistrationStatus.ACCEPTED)
    connected = pw.BooleanField(default=False)
    last_seen = UTCDateTimeField(null=True)
    last_heartbeat = UTCDateTimeField(null=True)
    last_boot = UTCDateTimeField(null=True)
    ocpp_status = pw.CharField(max_length=32, null=True)  # connector 0 as reported
    error_code = pw.CharField(max_length=50, null=True)
    maintenance = pw.BooleanField(default=False)
    tolerant = pw.BooleanField(default=False)  # relaxed schema validation for quirky firmware
    password_hash = pw.CharField(max_length=100, null=True)  # security profile 1
    local_list_version = pw.IntegerField(null=True)
    firmware_status = pw.CharField(max_length=40, null=True)
    diagnostics_status = pw.CharField(max_length=40, null=True)
    created_at = UTCDateTimeField(default=utcnow)
    # the depot it belongs to (migration 16): the site of the node that first saw it
    site = pw.ForeignKeyField(Site, column_name="site_id", null=True, backref="charge_points",
                              on_delete="SET NULL")


class Connector(CuidModel):
    charge_point_id: str  # foreign key value (declared for type checkers)
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", backref="connectors", on_delete="CASCADE"
    )
    connector_id = pw.IntegerField()  # 1, 2, 3... (2.0.1: the EVSE id)
    type = EnumField(E.ConnectorType, default=E.ConnectorType.TYPE_2)
    status = EnumField(E.ConnectorStatus, default=E.ConnectorStatus.AVAILABLE)
    max_power = pw.DoubleField(null=True)  # kW
    max_current = pw.DoubleField(null=True)  # A
    # extensions: what the charger really said
    ocpp_status = pw.CharField(max_length=32, null=True)
    error_code = pw.CharField(max_length=50, null=True)
    vendor_error_code = pw.CharField(max_length=50, null=True)
    info = pw.CharField(max_length=100, null=True)
    status_time = UTCDateTimeField(null=True)
    ocpp_connector_id = pw.IntegerField(null=True)  # 2.0.1 connectorId within the EVSE
    power_kw = pw.DoubleField(null=True)  # last sampled power
    soc = pw.DoubleField(null=True)  # last state of charge (%)
    last_meter_kwh = pw.DoubleField(null=True)
    last_meter_time = UTCDateTimeField(null=True)

    class Meta:
        indexes = ((("charge_point", "connector_id"), True),)


class IdTag(CuidModel):
    user_id: str | None  # foreign key value (declared for type checkers)
    id_tag = pw.CharField(max_length=64, unique=True)
    user = pw.ForeignKeyField(
        User, column_name="user_id", null=True, backref="id_tags", on_delete="SET NULL"
    )
    status = EnumField(E.IdTagStatus, default=E.IdTagStatus.ACCEPTED)
    expiry_date = UTCDateTimeField(null=True)
    parent_id_tag = pw.CharField(max_length=64, null=True)
    token_type = pw.CharField(max_length=20, default="ISO14443")
    restricted = pw.BooleanField(default=False)  # True: only the chargers in id_tag_charge_point
    note = pw.CharField(max_length=200, default="")
    created_at = UTCDateTimeField(default=utcnow)


class IdTagChargePoint(BaseModel):
    """Which charge points a restricted tag may use."""

    id_tag_id: str  # foreign key value (declared for type checkers)
    charge_point_id: str  # foreign key value (declared for type checkers)
    id_tag = pw.ForeignKeyField(IdTag, column_name="id_tag_id", on_delete="CASCADE")
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", on_delete="CASCADE"
    )

    class Meta:
        primary_key = pw.CompositeKey("id_tag", "charge_point")


class Reservation(CuidModel):
    user_id: str  # foreign key value (declared for type checkers)
    charge_point_id: str  # foreign key value (declared for type checkers)
    connector_id: str | None  # foreign key value (declared for type checkers)
    user = pw.ForeignKeyField(
        User, column_name="user_id", backref="reservations", on_delete="CASCADE"
    )
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", backref="reservations", on_delete="CASCADE"
    )
    connector = pw.ForeignKeyField(
        Connector, column_name="connector_id", null=True, on_delete="SET NULL"
    )
    start_time = UTCDateTimeField()
    end_time = UTCDateTimeField()
    status = EnumField(E.ReservationStatus, default=E.ReservationStatus.ACTIVE)
    # extensions
    ocpp_reservation_id = pw.IntegerField(null=True, unique=True)
    id_tag = pw.CharField(max_length=64, null=True)
    sent_status = pw.CharField(max_length=32, null=True)  # charger's answer to ReserveNow
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("charge_point", "start_time"), False),)


class Transaction(CuidModel):
    user_id: str | None  # foreign key value (declared for type checkers)
    vehicle_id: str | None  # foreign key value (declared for type checkers)
    charge_point_id: str  # foreign key value (declared for type checkers)
    connector_id: str  # foreign key value (declared for type checkers)
    reservation_id: str | None  # foreign key value (declared for type checkers)
    transaction_id = pw.CharField(max_length=64, unique=True)  # OCPP id, as text
    # Seed: required. Nullable here: a tag with no driver (free charging) still charges.
    user = pw.ForeignKeyField(
        User, column_name="user_id", null=True, backref="transactions", on_delete="SET NULL"
    )
    vehicle = pw.ForeignKeyField(
        UserVehicle, column_name="vehicle_id", null=True, on_delete="SET NULL"
    )
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", backref="transactions", on_delete="CASCADE"
    )
    connector = pw.ForeignKeyField(Connector, column_name="connector_id", on_delete="CASCADE")
    start_time = UTCDateTimeField()
    end_time = UTCDateTimeField(null=True)
    start_meter_value = pw.DoubleField(default=0)  # kWh
    end_meter_value = pw.DoubleField(null=True)  # kWh
    total_energy = pw.DoubleField(null=True)  # kWh
    total_cost = MoneyField(null=True)
    status = EnumField(E.TransactionStatus, default=E.TransactionStatus.ACTIVE)
    stop_reason = pw.CharField(max_length=100, null=True)
    # extensions
    id_tag = pw.CharField(max_length=64, null=True)
    stop_id_tag = pw.CharField(max_length=64, null=True)
    reservation = pw.ForeignKeyField(
        Reservation, column_name="reservation_id", null=True, on_delete="SET NULL"
    )
    energy_flag = pw.CharField(max_length=20, null=True)  # NEGATIVE / ABSURD / MISMATCH
    zombie = pw.BooleanField(default=False)
    closed_by = pw.CharField(max_length=100, null=True)  # operator who force-closed it
    charging_ended_at = UTCDateTimeField(null=True)  # for idle fees
    cost_breakdown = JSONField(null=True)
    currency = pw.CharField(max_length=3, null=True)
    tariff_id = pw.CharField(max_length=40, null=True)
    seq_no = pw.IntegerField(null=True)  # 2.0.1 last TransactionEvent seqNo applied
    # The server's clock when the start / stop arrived, beside the charger's own times;
    # clock_flag CLOCK when the charger's clock was implausible (its times were replaced).
    start_received_at = UTCDateTimeField(null=True)
    end_received_at = UTCDateTimeField(null=True)
    clock_flag = pw.CharField(max_length=20, null=True)
    auth_status = pw.CharField(max_length=20, null=True)  # the idTag's status at the start
    charging_state = pw.CharField(max_length=32, null=True)  # 2.0.1
    remote_start_id = pw.IntegerField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (("charge_point", "start_time"), False),
            (("start_time",), False),
            (("user", "start_time"), False),
            (("status",), False),
            # a charger's running transaction, newest first (connector detail): without it
            # SQLite walks every transaction of the charger to find none ACTIVE
            (("charge_point", "status", "start_time"), False),
            # what ended since midnight (dashboard energy today): else a full table scan
            (("end_time",), False),
        )


class MeterValue(CuidModel):
    transaction_id: str | None  # foreign key value (declared for type checkers)
    connector_id: str | None  # foreign key value (declared for type checkers)
    transaction = pw.ForeignKeyField(
        Transaction,
        column_name="transaction_id",
        null=True,
        backref="meter_values",
        on_delete="CASCADE",
    )
    timestamp = UTCDateTimeField()
    value = pw.DoubleField(null=True)  # kWh register
    power = pw.DoubleField(null=True)  # kW
    current = pw.DoubleField(null=True)  # A
    voltage = pw.DoubleField(null=True)  # V
    # extensions
    connector = pw.ForeignKeyField(
        Connector, column_name="connector_id", null=True, on_delete="CASCADE"
    )
    soc = pw.DoubleField(null=True)  # %
    context = pw.CharField(max_length=32, null=True)

    class Meta:
        indexes = (
            (("connector", "timestamp"), False),
            (("transaction", "timestamp"), False),
        )


class ChargingSession(CuidModel):
    charge_point_id: str  # foreign key value (declared for type checkers)
    connector_id: str  # foreign key value (declared for type checkers)
    user_id: str | None  # foreign key value (declared for type checkers)
    transaction_id: str | None  # foreign key value (declared for type checkers)
    session_id = pw.CharField(max_length=40, unique=True, default=new_cuid)
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", backref="sessions", on_delete="CASCADE"
    )
    connector = pw.ForeignKeyField(Connector, column_name="connector_id", on_delete="CASCADE")
    user = pw.ForeignKeyField(User, column_name="user_id", null=True, on_delete="SET NULL")
    status = EnumField(E.SessionStatus, default=E.SessionStatus.ACTIVE)
    start_time = UTCDateTimeField(default=utcnow)
    end_time = UTCDateTimeField(null=True)
    last_activity = UTCDateTimeField(default=utcnow)
    # extension
    transaction = pw.ForeignKeyField(
        Transaction, column_name="transaction_id", null=True, on_delete="SET NULL"
    )

    class Meta:
        indexes = ((("connector", "status"), False),)


class ChargingProfile(CuidModel):
    charge_point_id: str | None  # foreign key value (declared for type checkers)
    connector_id: str | None  # foreign key value (declared for type checkers)
    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", null=True, on_delete="CASCADE"
    )
    connector = pw.ForeignKeyField(
        Connector, column_name="connector_id", null=True, on_delete="CASCADE"
    )
    name = pw.CharField(max_length=100)
    description = pw.TextField(null=True)
    charging_rate_unit = EnumField(E.RateUnit, default=E.RateUnit.A)
    charging_schedule = JSONField()
    stack_level = pw.IntegerField(default=1)
    valid_from = UTCDateTimeField(null=True)
    valid_to = UTCDateTimeField(null=True)
    # extensions
    purpose = pw.CharField(max_length=40, default="TxDefaultProfile")
    kind = pw.CharField(max_length=20, default="Absolute")
    ocpp_profile_id = pw.IntegerField(null=True)


class OCPPMessage(CuidModel):
    message_id = pw.CharField(max_length=64)
    charge_point_id = pw.CharField(max_length=64)  # no FK: unknown chargers are logged too
    direction = EnumField(E.MessageDirection)
    action = pw.CharField(max_length=64)
    payload = JSONField()
    timestamp = UTCDateTimeField(default=utcnow)
    # extensions
    kind = EnumField(E.MessageKind, default=E.MessageKind.CALL)
    error_code = pw.CharField(max_length=50, null=True)

    class Meta:
        indexes = (
            (("timestamp",), False),
            (("charge_point_id", "timestamp"), False),
            (("message_id",), False),
        )


class Notification(CuidModel):
    user_id: str | None  # foreign key value (declared for type checkers)
    user = pw.ForeignKeyField(User, column_name="user_id", null=True, on_delete="CASCADE")
    title = pw.CharField(max_length=200)
    message = pw.TextField()
    type = EnumField(E.NotificationType, default=E.NotificationType.GENERAL)
    is_read = pw.BooleanField(default=False)
    created_at = UTCDateTimeField(default=utcnow)
    # extension
    charge_point_id = pw.CharField(max_length=64, null=True)

    class Meta:
        indexes = ((("is_read", "created_at"), False),)


# ----------------------------------------------------------------- seed 2: invoices


class Invoice(UuidModel):
    client_id: str  # foreign key value (declared for type checkers)
    corrects_id: str | None  # foreign key value (declared for type checkers)
    file_name = pw.CharField(max_length=255)
    client = pw.ForeignKeyField(
        Client, column_name="client_id", backref="invoices", on_delete="CASCADE"
    )
    client_number = pw.CharField(max_length=32)
    reference_month = pw.CharField(max_length=32)
    due_date = UTCDateTimeField()
    installation_number = pw.CharField(max_length=64)
    amount_due = MoneyField()
    # extensions
    period = pw.CharField(max_length=7, null=True)  # YYYY-MM, for idempotent monthly runs
    invoice_number = pw.CharField(max_length=32, null=True, unique=True)
    currency = pw.CharField(max_length=3, default="BRL")
    status = EnumField(E.InvoiceStatus, default=E.InvoiceStatus.ISSUED)
    issued_at = UTCDateTimeField(default=utcnow)
    paid_at = UTCDateTimeField(null=True)
    corrects = pw.ForeignKeyField(
        "self", column_name="corrects_id", null=True, backref="corrections", on_delete="SET NULL"
    )
    payment_notified = pw.BooleanField(default=False)
    # what the printed document shows besides its items and history (client block, site,
    # sessions annex, language) as at issue, so a reprint never changes; NULL if imported
    snapshot = JSONField(null=True)

    class Meta:
        indexes = ((("client", "period"), False),)


class BilledItem(UuidModel):
    invoice_id: str  # foreign key value (declared for type checkers)
    invoice = pw.ForeignKeyField(
        Invoice, column_name="invoice_id", backref="billed_items", on_delete="CASCADE"
    )
    item_name = pw.CharField(max_length=200)
    unit = pw.CharField(max_length=20, null=True)
    quantity = pw.DecimalField(max_digits=18, decimal_places=4, null=True, auto_round=True)
    unit_price = MoneyField(null=True)
    amount = MoneyField()
    unit_rate = MoneyField(null=True)
    # extension
    position = pw.IntegerField(default=0)


class ConsumptionHistory(UuidModel):
    invoice_id: str  # foreign key value (declared for type checkers)
    invoice = pw.ForeignKeyField(
        Invoice, column_name="invoice_id", backref="consumption_history", on_delete="CASCADE"
    )
    month_year = pw.CharField(max_length=32)
    consumption_kwh = pw.DoubleField()
    average_kwh_per_day = pw.DoubleField()
    days = pw.IntegerField()


# ----------------------------------------------------------------- extensions


class Tariff(CuidModel):
    client_id: str | None  # foreign key value (declared for type checkers)
    name = pw.CharField(max_length=100)
    client = pw.ForeignKeyField(
        Client, column_name="client_id", null=True, backref="tariffs", on_delete="CASCADE"
    )  # None: the site default
    currency = pw.CharField(max_length=3, default="THB")
    price_per_kwh = MoneyField(default=0)
    windows = JSONField(default=list)  # [{"name","start":"HH:MM","end":"HH:MM","price_per_kwh"}]
    session_fee = MoneyField(default=0)
    idle_fee_per_minute = MoneyField(default=0)
    idle_grace_minutes = pw.IntegerField(default=0)
    tax_rate = pw.DecimalField(max_digits=6, decimal_places=4, default=0, auto_round=True)
    prices_include_tax = pw.BooleanField(default=False)
    effective_from = UTCDateTimeField(default=utcnow)
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("client", "effective_from"), False),)


class Setting(BaseModel):
    key = pw.CharField(primary_key=True, max_length=64)
    value = JSONField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)


class Operator(CuidModel):
    username = pw.CharField(max_length=64, unique=True)
    name = pw.CharField(max_length=100, default="")
    role = EnumField(E.OperatorRole, default=E.OperatorRole.ATTENDANT)
    hash_password = pw.CharField(max_length=100)  # bcrypt, like the seed's client record
    active = pw.BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)
    last_login = UTCDateTimeField(null=True)


class ChargePointVariable(CuidModel):
    charge_point_id: str  # foreign key value (declared for type checkers)
    """Configuration keys (1.6) and device-model variables (2.0.1) as last read."""

    charge_point = pw.ForeignKeyField(
        ChargePoint, column_name="charge_point_id", backref="variables", on_delete="CASCADE"
    )
    component = pw.CharField(max_length=100, default="")  # empty for 1.6 keys
    evse_id = pw.IntegerField(null=True)
    connector_id = pw.IntegerField(null=True)
    variable = pw.CharField(max_length=100)
    instance = pw.CharField(max_length=50, default="")
    attribute_type = pw.CharField(max_length=20, default="Actual")
    value = pw.TextField(null=True)
    readonly = pw.BooleanField(default=False)
    data_type = pw.CharField(max_length=20, null=True)
    characteristics = JSONField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = (
            (
                (
                    "charge_point",
                    "component",
                    "evse_id",
                    "connector_id",
                    "variable",
                    "instance",
                    "attribute_type",
                ),
                True,
            ),
        )


SEED_MODELS: tuple[type[BaseModel], ...] = (
    User,
    UserVehicle,
    ChargePoint,
    Connector,
    Transaction,
    MeterValue,
    ChargingSession,
    Reservation,
    ChargingProfile,
    OCPPMessage,
    Notification,
    Client,
    Invoice,
    BilledItem,
    ConsumptionHistory,
)

class SecurityEventRecord(CuidModel):
    """A security event: raised by the CSMS (refused handshakes, forged transactions, brute
    force...) or reported by a charger (SecurityEventNotification). Repeats of the same
    event within a minute are folded into one row (``occurrences``)."""

    charge_point_id = pw.CharField(max_length=64)  # no FK: unknown and refused ids too
    kind = pw.CharField(max_length=64)
    detail = pw.TextField(default="")
    remote = pw.CharField(max_length=64, default="")
    source = pw.CharField(max_length=8, default="CSMS")  # CSMS or CHARGER
    occurrences = pw.IntegerField(default=1)
    timestamp = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "security_event"
        indexes = (
            (("timestamp",), False),
            (("charge_point_id", "timestamp"), False),
        )


ALL_MODELS: tuple[type[pw.Model], ...] = (
    Client,
    Site,
    User,
    UserVehicle,
    ChargePoint,
    Connector,
    IdTag,
    IdTagChargePoint,
    Reservation,
    Transaction,
    MeterValue,
    ChargingSession,
    ChargingProfile,
    OCPPMessage,
    Notification,
    Invoice,
    BilledItem,
    ConsumptionHistory,
    Tariff,
    Setting,
    Operator,
    ChargePointVariable,
    *V201_MODELS,
    SecurityEventRecord,
    BackupRecord,
    *API_MODELS,
    *LOAD_MODELS,
    *CERT_MODELS,
    *NODE_MODELS,
)
