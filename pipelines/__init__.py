"""Salvo: war reporting on Russia's war on Ukraine, turned into trustworthy numbers."""

__version__ = "0.1.0"
