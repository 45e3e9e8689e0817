"""Printed documents: the campaign report (PDF and .docx) and the sign-in sheet.

`content` turns the figures into one neutral document (blocks of text, tables and a
chart); `campaign_pdf` and `campaign_docx` render that same document, so the PDF and
the Word draft cannot drift apart in what they say.
"""
