"""Operators (table ``operator``): accounts, bcrypt passwords, roles and what each may do.

Roles and their permissions (each permission is also the name of a page of the GUI):

- ATTENDANT: Dashboard, Charge points, Transactions, Drivers, Reservations, Messages
- MANAGER: the attendant's, plus Billing and Settings (site settings, tariffs)
- ADMIN: the manager's, plus Operators (create, deactivate, reset passwords)

The functions here check the permission themselves (``require``), so a GUI that forgets
to hide a button still cannot do what the role forbids.

bcrypt is slow on purpose (about 0.2 s per hash at 12 rounds): call ``create_operator``,
``authenticate``, ``change_password`` and ``reset_password`` off the event loop thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import bcrypt

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.validation import QT_TR_NOOP, Message
from csms_desktop.store.models import Operator

BCRYPT_ROUNDS = 12  # tests lower it to keep fast
MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class Permission(StrEnum):  # the pages' names, marked for translation
    DASHBOARD = QT_TR_NOOP("Dashboard")
    CHARGE_POINTS = QT_TR_NOOP("Charge points")
    TRANSACTIONS = QT_TR_NOOP("Transactions")
    DRIVERS = QT_TR_NOOP("Drivers")
    RESERVATIONS = QT_TR_NOOP("Reservations")
    MESSAGES = QT_TR_NOOP("Messages")
    BILLING = QT_TR_NOOP("Billing")
    SETTINGS = QT_TR_NOOP("Settings")
    OPERATORS = QT_TR_NOOP("Operators")
    LOAD = QT_TR_NOOP("Load")  # load management (issue 17): the site's limits, like Settings


_ATTENDANT = frozenset({
    Permission.DASHBOARD, Permission.CHARGE_POINTS, Permission.TRANSACTIONS,
    Permission.DRIVERS, Permission.RESERVATIONS, Permission.MESSAGES,
})
_MANAGER = _ATTENDANT | {Permission.BILLING, Permission.SETTINGS, Permission.LOAD}
_ADMIN = _MANAGER | {Permission.OPERATORS}

ROLE_PERMISSIONS: dict[OperatorRole, frozenset[Permission]] = {
    OperatorRole.ATTENDANT: _ATTENDANT,
    OperatorRole.MANAGER: frozenset(_MANAGER),
    OperatorRole.ADMIN: frozenset(_ADMIN),
}

ROLE_LABELS = {  # in English; the GUI shows tr(label)
    OperatorRole.ATTENDANT: QT_TR_NOOP("Attendant"),
    OperatorRole.MANAGER: QT_TR_NOOP("Manager"),
    OperatorRole.ADMIN: QT_TR_NOOP("Administrator"),
}


@dataclass(frozen=True)
class OperatorInfo:
    id: str
    username: str
    name: str
    role: OperatorRole
    active: bool = True
    created_at: datetime | None = None
    last_login: datetime | None = None

    def __str__(self) -> str:
        # Pages record who did something with str(ctx.extras["operator"]).
        return self.username

    @property
    def display_name(self) -> str:
        return self.name or self.username

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, str(self.role))


class OperatorError(ValueError):
    """Input a person can correct; ``field`` names the form field it belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def permissions(role: OperatorRole | str) -> frozenset[Permission]:
    try:
        return ROLE_PERMISSIONS[OperatorRole(role)]
    except ValueError:
        return frozenset()


def can(operator: OperatorInfo | None, permission: Permission | str) -> bool:
    if not isinstance(operator, OperatorInfo) or not operator.active:
        return False
    try:
        perm = Permission(permission)
    except ValueError:
        return False
    return perm in permissions(operator.role)


def require(operator: OperatorInfo | None, permission: Permission | str) -> None:
    """Raise PermissionError unless ``operator`` may do ``permission``."""
    if not can(operator, permission):
        who = operator.username if operator is not None else Message(QT_TR_NOOP("nobody"))
        raise PermissionError(Message(QT_TR_NOOP("{who} is not allowed: {permission}"), who=who,
                                      permission=Message(str(permission))))  # a page's name


def _info(row: Operator) -> OperatorInfo:
    return OperatorInfo(
        id=str(row.id), username=str(row.username), name=str(row.name or ""),
        role=OperatorRole(row.role), active=bool(row.active), created_at=row.created_at,
        last_login=row.last_login,
    )


def _hash(password: str) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(BCRYPT_ROUNDS)).decode("ascii")


def _check(password: str, hashed: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), hashed.encode("ascii"))
    except ValueError:  # not a bcrypt hash
        return False


# A real hash to compare against when the username does not exist, so a wrong username
# takes as long as a wrong password (no user enumeration by timing).
_DUMMY_HASH: str | None = None


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _hash("not-a-password")
    return _DUMMY_HASH


# ------------------------------------------------------------------ validation


def normalize_username(username: str) -> str:
    return username.strip().lower()


def validate_password(password: str, confirm: str | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(password) < MIN_PASSWORD:
        errors["password"] = Message(QT_TR_NOOP("at least {count} characters"),
                                     count=MIN_PASSWORD)
    elif password.strip() != password:
        errors["password"] = QT_TR_NOOP("no spaces at the start or end")
    if confirm is not None and confirm != password:
        errors["confirm"] = QT_TR_NOOP("the two passwords differ")
    return errors


def validate_new_operator(username: str, name: str, password: str,
                          confirm: str | None = None) -> dict[str, str]:
    """Field name -> message for each problem (empty when the input is acceptable)."""
    errors: dict[str, str] = {}
    user = normalize_username(username)
    if not user:
        errors["username"] = QT_TR_NOOP("enter a username")
    elif not _USERNAME.match(user):
        errors["username"] = QT_TR_NOOP("2 to 64 letters, digits, dot, dash or underscore")
    if len(name.strip()) > 100:
        errors["name"] = QT_TR_NOOP("at most 100 characters")
    errors.update(validate_password(password, confirm))
    return errors


# ------------------------------------------------------------------ queries and commands


def has_operators() -> bool:
    """True once any operator exists (the first start asks for the administrator)."""
    return bool(Operator.select().exists())


def get_operator(operator_id: str) -> OperatorInfo | None:
    row = Operator.get_or_none(Operator.id == operator_id)
    return _info(row) if row is not None else None


def create_operator(username: str, name: str, password: str,
                    role: OperatorRole | str = OperatorRole.ATTENDANT, *,
                    by: OperatorInfo | None = None) -> OperatorInfo:
    """Create an operator. Without ``by``, only allowed while there is none (first start),
    and the first operator is always an administrator.

    Raises OperatorError for bad input, PermissionError when ``by`` may not do it.
    """
    db = Operator._meta.database
    with db.atomic():
        if by is None:
            if has_operators():
                raise PermissionError(QT_TR_NOOP(
                    "operators exist: an administrator must create new ones"))
            role = OperatorRole.ADMIN
        else:
            require(by, Permission.OPERATORS)
        errors = validate_new_operator(username, name, password)
        if errors:
            field, message = next(iter(errors.items()))
            raise OperatorError(field, message)
        user = normalize_username(username)
        if Operator.select().where(Operator.username == user).exists():
            raise OperatorError("username", Message(QT_TR_NOOP("{username} is taken"),
                                                    username=repr(user)))
        row = Operator.create(username=user, name=name.strip(), role=OperatorRole(role),
                              hash_password=_hash(password))
    return _info(row)


def authenticate(username: str, password: str) -> OperatorInfo | None:
    """The operator when the username and password match an active account, else None."""
    row = Operator.get_or_none(Operator.username == normalize_username(username))
    if row is None or not row.active:
        _check(password, _dummy_hash())
        return None
    if not _check(password, str(row.hash_password)):
        return None
    now = utcnow()
    Operator.update(last_login=now).where(Operator.id == row.id).execute()
    row.last_login = now
    return _info(row)


def change_password(operator: OperatorInfo, old: str, new: str) -> None:
    """An operator changes their own password (knowing the current one)."""
    row = Operator.get_or_none(Operator.id == operator.id)
    if row is None or not row.active:
        raise PermissionError(QT_TR_NOOP("this account is not active"))
    if not _check(old, str(row.hash_password)):
        raise OperatorError("old", QT_TR_NOOP("the current password is wrong"))
    errors = validate_password(new)
    if errors:
        raise OperatorError("password", errors["password"])
    Operator.update(hash_password=_hash(new)).where(Operator.id == row.id).execute()


def reset_password(by: OperatorInfo, operator_id: str, new: str) -> None:
    """An administrator sets someone's password."""
    require(by, Permission.OPERATORS)
    errors = validate_password(new)
    if errors:
        raise OperatorError("password", errors["password"])
    n = Operator.update(hash_password=_hash(new)).where(Operator.id == operator_id).execute()
    if not n:
        raise OperatorError("username", QT_TR_NOOP("no such operator"))


def list_operators(by: OperatorInfo) -> list[OperatorInfo]:
    require(by, Permission.OPERATORS)
    return [_info(r) for r in Operator.select().order_by(Operator.username)]


def set_active(by: OperatorInfo, operator_id: str, active: bool) -> OperatorInfo:
    """Deactivate (or reactivate) an account. Nobody deactivates themselves, and the last
    active administrator stays."""
    require(by, Permission.OPERATORS)
    db = Operator._meta.database
    with db.atomic():
        row = Operator.get_or_none(Operator.id == operator_id)
        if row is None:
            raise OperatorError("username", QT_TR_NOOP("no such operator"))
        if not active:
            if row.id == by.id:
                raise OperatorError("username",
                                    QT_TR_NOOP("you cannot deactivate your own account"))
            if OperatorRole(row.role) == OperatorRole.ADMIN:
                admins = Operator.select().where(
                    (Operator.role == OperatorRole.ADMIN) & (Operator.active == True)  # noqa: E712
                ).count()
                if admins <= 1:
                    raise OperatorError("username",
                                        QT_TR_NOOP("the last administrator stays active"))
        Operator.update(active=active).where(Operator.id == row.id).execute()
        row.active = active
    return _info(row)


def deactivate(by: OperatorInfo, operator_id: str) -> OperatorInfo:
    return set_active(by, operator_id, False)
