# Replaces the contributed hook-lxml, which collects every lxml submodule (objectify,
# html, isoschematron: 4 MB and a page of warnings). python-docx and openpyxl use
# lxml.etree, whose own hook adds what it imports. A hook in the spec's hookspath
# wins over the contributed one.
hiddenimports = ["lxml.etree", "lxml._elementpath"]
