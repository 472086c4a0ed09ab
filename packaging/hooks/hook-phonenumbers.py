"""Replaces pyinstaller-hooks-contrib's hook, which bundles every phonenumbers submodule.

The application only parses, validates and formats numbers (domain/phone.py): it needs the
region metadata (``phonenumbers.data``, ``phonenumbers.shortdata``, imported by name), not
the geocoder, carrier and time-zone tables (~45 MB of modules; excluded in manifest.py).
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
