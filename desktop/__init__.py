"""Claimline: tag claims, actors, figures and dates in documents, offline."""

__version__ = "0.1.0"
APP_NAME = "Claimline"
APP_ID = "org.claimline.Claimline"
