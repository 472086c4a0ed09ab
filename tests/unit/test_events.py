from __future__ import annotations

from csms_desktop.services.events import ChargerUpdated, EventHub, ServerStopped


def test_hub_delivers_by_type_and_to_wildcards() -> None:
    hub = EventHub()
    typed: list[object] = []
    every: list[object] = []
    unsub = hub.subscribe(ChargerUpdated, typed.append)
    hub.subscribe(None, every.append)
    hub.publish(ChargerUpdated("CP1"))
    hub.publish(ServerStopped())
    assert typed == [ChargerUpdated("CP1")]
    assert every == [ChargerUpdated("CP1"), ServerStopped()]
    unsub()
    hub.publish(ChargerUpdated("CP2"))
    assert len(typed) == 1


def test_failing_subscriber_does_not_stop_the_others() -> None:
    hub = EventHub()
    got: list[object] = []

    def boom(_e: object) -> None:
        raise RuntimeError("subscriber bug")

    hub.subscribe(None, boom)
    hub.subscribe(None, got.append)
    hub.publish(ServerStopped())
    assert got == [ServerStopped()]
