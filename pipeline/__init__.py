"""policyfacts: read Chinese industrial-zone reports, extract facts, store them in SQLite for Datasette."""

# Bump when extraction rules change in a way that changes facts: ingest re-extracts documents
# whose stored facts came from another version.
EXTRACTOR_VERSION = "0.5.1"
