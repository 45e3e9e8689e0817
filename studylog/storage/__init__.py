"""SQLite storage through sqlite-utils: opening, schema steps, queries, the audit trail."""
