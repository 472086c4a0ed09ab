"""Operators: bcrypt accounts, roles, permissions enforced by the service itself."""

from __future__ import annotations

import pytest

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import OperatorError, Permission
from csms_desktop.store.models import Operator


@pytest.fixture(autouse=True)
def fast_bcrypt(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ops, "BCRYPT_ROUNDS", 4)


@pytest.fixture
def admin(db):  # type: ignore[no-untyped-def]
    return ops.create_operator("Admin", "Ada Admin", "correct horse")


def test_first_operator_is_admin_and_needs_nobody(db) -> None:  # type: ignore[no-untyped-def]
    assert not ops.has_operators()
    first = ops.create_operator("root", "", "s3cret-pass", OperatorRole.ATTENDANT)
    assert first.role == OperatorRole.ADMIN
    assert ops.has_operators()
    with pytest.raises(PermissionError):
        ops.create_operator("second", "", "s3cret-pass")


def test_password_is_stored_as_bcrypt(admin) -> None:  # type: ignore[no-untyped-def]
    row = Operator.get(Operator.username == "admin")
    assert row.hash_password.startswith("$2b$")
    assert "correct horse" not in row.hash_password


def test_authenticate(admin) -> None:  # type: ignore[no-untyped-def]
    assert ops.authenticate("admin", "wrong password") is None
    assert ops.authenticate("nobody", "correct horse") is None
    who = ops.authenticate("  ADMIN ", "correct horse")
    assert who is not None and who.username == "admin" and who.last_login is not None
    assert Operator.get(Operator.username == "admin").last_login is not None


def test_validation_names_the_field(admin) -> None:  # type: ignore[no-untyped-def]
    assert ops.validate_new_operator("", "", "short", "other") == {
        "username": "enter a username", "password": "at least 8 characters",
        "confirm": "the two passwords differ"}
    assert "username" in ops.validate_new_operator("has space", "", "longenough")
    with pytest.raises(OperatorError) as err:
        ops.create_operator("admin", "", "longenough", by=admin)
    assert err.value.field == "username" and "taken" in err.value.message


def test_role_permissions() -> None:
    att = ops.OperatorInfo("1", "a", "", OperatorRole.ATTENDANT)
    man = ops.OperatorInfo("2", "m", "", OperatorRole.MANAGER)
    adm = ops.OperatorInfo("3", "x", "", OperatorRole.ADMIN)
    assert ops.permissions(OperatorRole.ATTENDANT) == {
        Permission.DASHBOARD, Permission.CHARGE_POINTS, Permission.TRANSACTIONS,
        Permission.DRIVERS, Permission.RESERVATIONS, Permission.MESSAGES}
    for perm in (Permission.BILLING, Permission.SETTINGS, Permission.OPERATORS):
        with pytest.raises(PermissionError):
            ops.require(att, perm)
    ops.require(man, Permission.BILLING)
    ops.require(man, "Settings")
    with pytest.raises(PermissionError):
        ops.require(man, Permission.OPERATORS)
    ops.require(adm, Permission.OPERATORS)
    with pytest.raises(PermissionError):
        ops.require(None, Permission.DASHBOARD)
    inactive = ops.OperatorInfo("4", "z", "", OperatorRole.ADMIN, active=False)
    assert not ops.can(inactive, Permission.DASHBOARD)


def test_services_enforce_the_role(admin) -> None:  # type: ignore[no-untyped-def]
    att = ops.create_operator("att", "Attendant", "password1", OperatorRole.ATTENDANT, by=admin)
    man = ops.create_operator("man", "Manager", "password2", OperatorRole.MANAGER, by=admin)
    for who in (att, man):
        with pytest.raises(PermissionError):
            ops.create_operator("evil", "", "password3", OperatorRole.ADMIN, by=who)
        with pytest.raises(PermissionError):
            ops.list_operators(who)
        with pytest.raises(PermissionError):
            ops.deactivate(who, admin.id)
        with pytest.raises(PermissionError):
            ops.reset_password(who, admin.id, "password4")
    assert [o.username for o in ops.list_operators(admin)] == ["admin", "att", "man"]


def test_deactivate_and_reset(admin) -> None:  # type: ignore[no-untyped-def]
    att = ops.create_operator("att", "", "password1", by=admin)
    assert ops.deactivate(admin, att.id).active is False
    assert ops.authenticate("att", "password1") is None
    ops.set_active(admin, att.id, True)
    ops.reset_password(admin, att.id, "new-password")
    assert ops.authenticate("att", "password1") is None
    assert ops.authenticate("att", "new-password") is not None
    with pytest.raises(OperatorError, match="own account"):
        ops.deactivate(admin, admin.id)
    other = ops.create_operator("boss", "", "password9", OperatorRole.ADMIN, by=admin)
    ops.deactivate(admin, other.id)
    # admin is now the only active administrator
    with pytest.raises(OperatorError, match="last administrator"):
        ops.deactivate(ops.OperatorInfo(other.id, "boss", "", OperatorRole.ADMIN), admin.id)


def test_change_password(admin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OperatorError) as err:
        ops.change_password(admin, "bad", "another-one")
    assert err.value.field == "old"
    with pytest.raises(OperatorError) as err:
        ops.change_password(admin, "correct horse", "short")
    assert err.value.field == "password"
    ops.change_password(admin, "correct horse", "battery staple")
    assert ops.authenticate("admin", "battery staple") is not None
