"""The conformance cases' marker: ``@case(id, name)`` (or ``pytest.param(...,
marks=case(...))`` for one variant) names the test case a test plays; the id and name
go into the test report's properties (``--junitxml``), which ``scripts/conformance``
prints as a table.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "case(case_id, name): the conformance test case a test (or one of its "
                   "parameters) plays; see docs/ocpp201-conformance.md")


@pytest.fixture(autouse=True)
def _case_properties(request: pytest.FixtureRequest, record_property) -> None:  # type: ignore[no-untyped-def]
    marker = request.node.get_closest_marker("case")
    if marker is None:
        raise pytest.UsageError(f"{request.node.nodeid}: a conformance test needs @case")
    case_id, name = marker.args
    record_property("case_id", case_id)
    record_property("case_name", name)
