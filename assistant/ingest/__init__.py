"""Turning sources (files, folders, records, URLs, feeds) into indexed articles."""
