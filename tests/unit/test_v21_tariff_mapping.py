"""The site's tariff model as an OCPP 2.1 TariffType (services.v201_tariffs +
protocol.v201.tariffs), the station's costDetails read back, and the tolerance."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from csms_desktop.protocol.v201.tariffs import station_price, tariff_type
from csms_desktop.services.v201_tariffs import neutral_tariff, tolerance
from csms_desktop.store.models import Tariff


def _row(**kw: object) -> Tariff:
    base: dict[str, object] = {
        "id": "t-1", "name": "Gross", "currency": "BRL", "price_per_kwh": Decimal("2.14"),
        "windows": [], "session_fee": Decimal(0), "idle_fee_per_minute": Decimal(0),
        "idle_grace_minutes": 0, "tax_rate": Decimal(0), "prices_include_tax": False,
        "effective_from": datetime(2026, 3, 1, 3, tzinfo=UTC)}
    return Tariff(**{**base, **kw})


def test_gross_prices_are_sent_net_with_the_tax_rate() -> None:
    t = neutral_tariff(_row(tax_rate=Decimal("0.07"), prices_include_tax=True,
                            session_fee=Decimal("10.70"),
                            windows=[{"name": "All day", "start": "00:00", "end": "00:00",
                                      "price_per_kwh": "1.07"}]))
    assert [e["price_kwh"] for e in t["energy"]] == [Decimal("1"), Decimal("2")]
    assert t["session_fee"] == Decimal("10") and t["idle_fee_per_minute"] is None
    wire = tariff_type(t)
    assert wire["energy"] == {"prices": [{"priceKwh": 1}, {"priceKwh": 2}],  # whole day
                              "taxRates": [{"type": "VAT", "tax": 7, "stack": 0}]}
    assert wire["fixedFee"]["prices"] == [{"priceFixed": 10}]
    assert "idleTime" not in wire and wire["currency"] == "BRL"
    assert wire["validFrom"] == "2026-03-01T03:00:00.000Z"
    # 1/1.07 does not end: six decimals
    odd = neutral_tariff(_row(tax_rate=Decimal("0.07"), prices_include_tax=True,
                              price_per_kwh=Decimal("1.00")))
    assert odd["energy"][-1]["price_kwh"] == Decimal("0.934579")


def test_the_tariff_id_follows_the_content() -> None:
    a, b = neutral_tariff(_row()), neutral_tariff(_row())
    c = neutral_tariff(_row(price_per_kwh=Decimal("2.15")))
    assert a["tariff_id"] == b["tariff_id"] != c["tariff_id"]
    assert a["tariff_id"].startswith("t-1-") and len(a["tariff_id"]) <= 60
    untaxed = tariff_type(a)
    assert "taxRates" not in untaxed["energy"] and "fixedFee" not in untaxed


def test_station_price_and_tolerance() -> None:
    p = station_price({"totalCost": {"currency": "thb", "typeOfCost": "NormalCost",
                                     "total": {"exclTax": 10, "inclTax": 10.7}},
                       "totalUsage": {"energy": 1, "chargingTime": 1, "idleTime": 0},
                       "chargingPeriods": [{"startPeriod": "2026-01-01T00:00:00Z"},
                                           {"startPeriod": "2026-01-01T01:00:00Z",
                                            "tariffId": "x"}]})
    assert (p.currency, p.incl_tax, p.excl_tax, p.failure, p.tariff_id) == (
        "THB", Decimal("10.7"), Decimal("10"), None, "x")
    failed = station_price({"totalCost": {"currency": "THB", "typeOfCost": "NormalCost",
                                          "total": {}}, "failureToCalculate": True,
                            "totalUsage": {"energy": 0, "chargingTime": 0, "idleTime": 0}})
    assert (failed.incl_tax, failed.failure) == (None, "")
    assert tolerance("THB", Decimal("2")) == Decimal("0.02")
    assert tolerance("THB", Decimal("1000")) == Decimal("5.000")
    assert tolerance("JPY", Decimal("100")) == Decimal("2")
