"""Tables of OCPP security profiles 2/3 and the chargers' certificates (migration 10).

- ``charger_security``: one row per charger whose security profile was set (0-3). A
  charger without a row is profile 1 when it has a password, else 0 (what the CSMS did
  before profiles). Its Basic-auth password is not kept here: it is
  ``charge_point.password_hash`` (services/credentials.py provisions it, profile 1 and 2
  share it); ``password_set`` only says that one is expected.
- ``charger_certificate``: certificates the site CA issued to a charger (SignCertificate,
  or made for it by an operator), with serial and expiry: a profile-3 charger may present
  one whose serial is recorded here for it even when its CN is not the charger id.
- ``installed_certificate``: what a charger reported or was told to install
  (InstallCertificate / GetInstalledCertificateIds / DeleteCertificate), by its hash data.
"""

from __future__ import annotations

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import UTCDateTimeField

PROFILES = (0, 1, 2, 3)


class _CertModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class ChargerSecurity(_CertModel):
    charge_point_id = pw.CharField(primary_key=True, max_length=64)  # no FK: may be set first
    profile = pw.IntegerField(default=1)  # one of PROFILES
    password_set = pw.BooleanField(default=False)  # see charge_point.password_hash
    # an upgrade asked of the charger (1.6 SecurityProfile): ``profile`` becomes it when the
    # charger first connects meeting it, so a charger that falls back keeps connecting
    target_profile = pw.IntegerField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "charger_security"


class ChargerCertificate(_CertModel):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)
    serial = pw.CharField(max_length=64)  # hex, lower case
    subject = pw.CharField(max_length=300, default="")
    fingerprint = pw.CharField(max_length=64, default="")  # SHA-256, hex
    not_before = UTCDateTimeField()
    not_after = UTCDateTimeField()
    pem = pw.TextField(default="")
    source = pw.CharField(max_length=20, default="SignCertificate")
    delivered = pw.BooleanField(default=False)  # the charger accepted CertificateSigned
    revoked = pw.BooleanField(default=False)
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "charger_certificate"
        indexes = ((("charge_point_id", "serial"), False), (("not_after",), False))


class InstalledCertificate(_CertModel):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)
    certificate_type = pw.CharField(max_length=50)  # CentralSystemRootCertificate, ...
    hash_algorithm = pw.CharField(max_length=10, default="SHA256")
    issuer_name_hash = pw.CharField(max_length=128)
    issuer_key_hash = pw.CharField(max_length=128)
    serial_number = pw.CharField(max_length=40)
    not_after = UTCDateTimeField(null=True)
    pem = pw.TextField(default="")
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "installed_certificate"
        indexes = ((("charge_point_id", "serial_number"), False),)


CERT_MODELS: tuple[type[pw.Model], ...] = (ChargerSecurity, ChargerCertificate,
                                           InstalledCertificate)
