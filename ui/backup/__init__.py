"""Sao lưu / Khôi phục: the backup dialog, the automatic backups and the start-up check."""
