"""Per-message payload validation time: ocpp library (jsonschema Draft4Validator) vs ours.

Run: .venv/bin/python bench/bench_validation.py [--quick]

Both sides use the same schema files (the ocpp package's). For the library we time
``ocpp.messages.get_validator(...).validate(payload)`` — the validator its ChargePoint uses,
without the thread-pool hop ``validate_payload`` adds on top. For ours we time
``Validator.validate_request`` in strict and tolerant mode (a valid payload costs the
same in both; tolerant repair work only happens when the relaxed check fails).
"""

from __future__ import annotations

import copy
import sys
import timeit
from collections.abc import Callable
from typing import Any

from ocpp.messages import get_validator

from csms_desktop.protocol.frames import CallFrame, parse_frame
from csms_desktop.protocol.validation import Validator

METER_VALUES: dict[str, Any] = {
    "connectorId": 1,
    "transactionId": 12345,
    "meterValue": [
        {
            "timestamp": "2024-01-15T15:30:00Z",
            "sampledValue": [
                {
                    "value": "15000",
                    "context": "Sample.Periodic",
                    "measurand": "Energy.Active.Import.Register",
                    "location": "Outlet",
                    "unit": "Wh",
                },
                {
                    "value": "7200.5",
                    "context": "Sample.Periodic",
                    "measurand": "Power.Active.Import",
                    "location": "Outlet",
                    "unit": "W",
                },
                {
                    "value": "31.2",
                    "context": "Sample.Periodic",
                    "measurand": "Current.Import",
                    "phase": "L1",
                    "unit": "A",
                },
                {
                    "value": "230.1",
                    "context": "Sample.Periodic",
                    "measurand": "Voltage",
                    "phase": "L1-N",
                    "unit": "V",
                },
            ],
        }
    ],
}

BOOT_NOTIFICATION: dict[str, Any] = {
    "chargePointVendor": "VendorX",
    "chargePointModel": "SingleSocketCharger",
    "chargePointSerialNumber": "SN-000123",
    "chargeBoxSerialNumber": "CB-000123",
    "firmwareVersion": "1.4.2",
    "iccid": "8931440400012345678",
    "imsi": "204043123456789",
    "meterType": "ACME-3P",
    "meterSerialNumber": "M-99887766",
}

METER_FRAME = (
    '[2,"meter-001","MeterValues",{"connectorId":1,"transactionId":12345,"meterValue":'
    '[{"timestamp":"2024-01-15T15:30:00Z","sampledValue":[{"value":"15000","measurand":'
    '"Energy.Active.Import.Register","unit":"Wh"}]}]}]'
)


def per_call_us(func: Callable[[], object], repeat: int, min_time: float) -> float:
    """Best-of-``repeat`` time per call in microseconds."""
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    number = max(number, int(number * min_time / 0.2))
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e6


def main() -> None:
    quick = "--quick" in sys.argv
    repeat, min_time = (3, 0.2) if quick else (7, 0.5)
    ours = Validator("1.6")

    print(f"Python {sys.version.split()[0]}; best of {repeat} runs, microseconds per message")
    print(
        f"{'message':<34}{'ocpp/jsonschema':>16}{'ours strict':>13}{'ours tolerant':>15}"
        f"{'speed-up':>10}"
    )
    for action, payload in (("MeterValues", METER_VALUES), ("BootNotification", BOOT_NOTIFICATION)):
        library = get_validator(2, action, "1.6")
        library.validate(payload)  # warm up / sanity
        ours.validate_request(action, payload)
        ours.validate_request(action, payload, tolerant=True)
        t_lib = per_call_us(lambda: library.validate(payload), repeat, min_time)  # noqa: B023
        t_strict = per_call_us(
            lambda: ours.validate_request(action, payload),  # noqa: B023
            repeat,
            min_time,
        )
        t_tol = per_call_us(
            lambda: ours.validate_request(action, payload, tolerant=True),  # noqa: B023
            repeat,
            min_time,
        )
        label = f"1.6 {action}" + (" (4 sampledValue)" if action == "MeterValues" else "")
        print(f"{label:<34}{t_lib:>16.2f}{t_strict:>13.2f}{t_tol:>15.2f}{t_lib / t_strict:>9.1f}x")

    # Tolerant mode when the payload does need repairs (wrong enum case everywhere).
    shouting = copy.deepcopy(METER_VALUES)
    for sampled in shouting["meterValue"][0]["sampledValue"]:
        sampled["measurand"] = sampled["measurand"].upper()
    t_copy = per_call_us(lambda: copy.deepcopy(shouting), repeat, min_time)
    t_fix = per_call_us(
        lambda: ours.validate_request("MeterValues", copy.deepcopy(shouting), tolerant=True),
        repeat,
        min_time,
    )
    print(
        f"{'1.6 MeterValues, 4 enums repaired':<34}{'':>16}{'':>13}{t_fix - t_copy:>15.2f}"
        "   (tolerant, copy time subtracted)"
    )

    # Whole inbound path for the seed frame: parse + validate.
    def full_path() -> None:
        frame = parse_frame(METER_FRAME, "1.6")
        assert isinstance(frame, CallFrame)
        ours.validate_request(frame.action, frame.payload)

    print(
        f"{'seed MeterValues frame parse+valid.':<34}{'':>16}"
        f"{per_call_us(full_path, repeat, min_time):>13.2f}"
    )


if __name__ == "__main__":
    main()
