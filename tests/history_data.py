"""Generated history for the Transactions and Messages tests (deterministic, fast inserts)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.store.models import (
    ChargePoint,
    Client,
    Connector,
    OCPPMessage,
    Transaction,
    User,
)

NOW = datetime(2025, 3, 15, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class GenTx:
    id: str
    transaction_id: str
    charge_point_id: str
    start_time: datetime
    energy: float | None
    cost: Decimal | None
    currency: str
    status: str
    id_tag: str
    user_ix: int | None


def make_site() -> dict[str, Any]:
    clients = [
        Client.create(full_name=name, street="S", number="1", neighborhood="N",
                      zip_code="1", city="C", state="S", tax_id=str(i))
        for i, name in enumerate(("Frota Azul Ltda", "Green Fleet Co"))
    ]
    users = [
        User.create(phone_number=f"+6681234560{i}", name=name,
                    client=clients[c] if c is not None else None)
        for i, (name, c) in enumerate((("Somchai Jaidee", 0), ("Maria Silva", 0),
                                       ("Napat Srisuk", 1), ("Walk In", None)))
    ]
    cps, connectors = [], {}
    for n in range(1, 4):
        cp = ChargePoint.create(id=f"CP00{n}", name=f"Bay {n}", connector_count=2)
        cps.append(cp)
        for c in (1, 2):
            connectors[(cp.id, c)] = Connector.create(charge_point=cp, connector_id=c)
    return {"clients": clients, "users": users, "cps": cps, "connectors": connectors}


def make_transactions(site: dict[str, Any], n: int = 3000, seed: int = 7) -> list[GenTx]:
    rnd = random.Random(seed)
    rows, gen = [], []
    users = site["users"]
    statuses = ["COMPLETED"] * 8 + ["ACTIVE", "FAILED"]
    for i in range(n):
        cp = site["cps"][i % 3]
        conn = site["connectors"][(cp.id, 1 + (i // 3) % 2)]
        start = NOW - timedelta(minutes=rnd.randrange(0, 60 * 24 * 60), seconds=i % 60)
        status = rnd.choice(statuses)
        user_ix = rnd.choice([0, 1, 2, 3, None])
        energy = None if status == "ACTIVE" else round(rnd.uniform(0.5, 60.0), 3)
        cost = (None if energy is None
                else Decimal(rnd.randrange(0, 500000)) / 1000)  # 3 decimals
        currency = "BRL" if i % 17 == 0 else "THB"
        tag = f"TAG{(user_ix if user_ix is not None else 9):02d}{i % 5}"
        tx = GenTx(new_cuid(), str(100000 + i), cp.id, start, energy, cost, currency, status,
                   tag, user_ix)
        gen.append(tx)
        rows.append({
            "id": tx.id, "transaction_id": tx.transaction_id, "charge_point": cp.id,
            "connector": conn.id, "start_time": start,
            "end_time": None if status == "ACTIVE" else start + timedelta(minutes=40),
            "total_energy": energy, "total_cost": cost, "status": status,
            "id_tag": tag, "currency": currency,
            "user": users[user_ix].id if user_ix is not None else None,
            "stop_reason": None if status == "ACTIVE" else "Local",
        })
    db = Transaction._meta.database
    with db.atomic():
        for chunk in pw.chunked(rows, 500):
            Transaction.insert_many(chunk).execute()
    return gen


def make_messages(n_pairs: int = 300, start: datetime = NOW,
                  chargers: tuple[str, ...] = ("CP001", "CP002", "CP003")) -> list[dict[str, Any]]:
    """CALL/answer pairs: inbound Heartbeat/MeterValues/StatusNotification with their
    CALLRESULT, and some outbound RemoteStartTransaction answered by a CALLERROR."""
    rows = []
    t = start
    for i in range(n_pairs):
        cp = chargers[i % len(chargers)]
        mid = str(1000 + i)
        if i % 10 == 9:
            call = ("OUTBOUND", "RemoteStartTransaction", {"idTag": "TAG1", "connectorId": 1})
            answer = ("INBOUND", "CALLERROR", {"description": "busy", "details": {}})
        else:
            action = ("Heartbeat", "MeterValues", "StatusNotification")[i % 3]
            payload: dict[str, Any] = {} if action == "Heartbeat" else {
                "connectorId": 1, "status": "Charging", "errorCode": "NoError"}
            call = ("INBOUND", action, payload)
            answer = ("OUTBOUND", "CALLRESULT",
                      {"currentTime": "2025-03-15T12:00:00Z"} if action == "Heartbeat" else {})
        rows.append({"id": new_cuid(), "message_id": mid, "charge_point_id": cp,
                     "direction": call[0], "action": call[1], "payload": call[2],
                     "timestamp": t, "kind": "CALL", "error_code": None})
        t += timedelta(milliseconds=40)
        rows.append({"id": new_cuid(), "message_id": mid, "charge_point_id": cp,
                     "direction": answer[0], "action": call[1], "payload": answer[2],
                     "timestamp": t, "kind": answer[1],
                     "error_code": "InternalError" if answer[1] == "CALLERROR" else None})
        t += timedelta(milliseconds=960)
    db = OCPPMessage._meta.database
    with db.atomic():
        for chunk in pw.chunked(rows, 500):
            OCPPMessage.insert_many(chunk).execute()
    return rows
