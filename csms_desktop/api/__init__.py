"""The local automation API: HTTP + JSON on the OCPP server's event loop (no Qt).

``api.server`` starts it; ``api.options`` holds its command-line options (light, so the
parser does not load aiohttp); docs/api.md is the guide, ``/openapi.json`` the reference.
"""
