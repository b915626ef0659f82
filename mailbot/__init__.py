"""mailbot: e-mail intake and triage for the CEPR (Peru's refugee commission)."""

__version__ = "0.1.0"
