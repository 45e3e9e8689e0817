"""`make bench`: StudyLog's performance figures against their floors (docs/PERFORMANCE.md)."""
