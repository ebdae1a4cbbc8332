"""Data layer: the bundled data files and their readers.

Layer: data (imports only the foundation: :mod:`minebelt.settings`, :mod:`minebelt.errors`).

Files here (package data, each built by a script of ``scripts/`` from a registry package):
``borders.gpkg`` and ``borders_meta.json`` (land borders, territory, inland water, outlines;
OpenStreetMap, ODbL), ``places.npz`` (GeoNames populated places, CC BY 4.0),
``iso3166.json`` (country codes and names), ``ecb_rates.npz`` (ECB euro reference rates since
1999; Source: ECB statistics), ``examples/*.toml`` (a copy of the repository's examples).
Readers: :mod:`.borders`, :mod:`.places`, :mod:`.iso`, :mod:`.ecb`, :mod:`.examples`.
"""
