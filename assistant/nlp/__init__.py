"""Small, dependency-free text utilities shared by ingest, retrieval and answering."""
