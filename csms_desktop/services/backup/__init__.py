"""Backups of the site's database (no Qt):

* ``taking``    taking a backup: online, verified, recorded, pruned, notified
* ``postgres``  PostgreSQL backups with ``pg_dump``, checked with ``pg_restore --list``
* ``restore``   restoring a SQLite backup (a safety copy first)
* ``files``     backup files in a folder: names, manifests, listing, retention
* ``settings``  folder, daily schedule and retention (table ``setting``)
* ``schedule``  the daily backup and the "backup missing" check beside the server
* ``hooks``     backups at start-up: before a migration, the running site's service
* ``overview``  what the Backups panel shows
"""
