"""Interfaces layer: the ``minebelt`` command line (typer), a thin layer over the pipeline and outputs.

Layer: interfaces. :mod:`.app` holds the typer app and :func:`~.app.main` (the console
script's entry point); each command group has its own module; :mod:`._errors` turns click's
usage errors into one line.
"""
