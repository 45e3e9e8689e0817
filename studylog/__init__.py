"""StudyLog core: the rules, storage and files of the study record, free of Qt."""

__version__ = "0.1.0"
