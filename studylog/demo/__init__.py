"""Demo databases: realistic, reproducible for a seed, fast at commune and province scale."""

from studylog.demo.build import build_demo

__all__ = ["build_demo"]
