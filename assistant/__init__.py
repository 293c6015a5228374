"""newsqa: answers about news coverage, proved by the passages they cite."""

__version__ = "0.1.0"
