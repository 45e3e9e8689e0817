"""The StudyLog window (PySide6). Depends on `studylog`; nothing there depends on this."""
