"""Printable documents: HTML from Jinja2 templates, a print stylesheet, PDF through WeasyPrint.

MkDocs' PDF plugins write one file that the second language's build overwrites; rendering our own, per language and
outside MkDocs' language loop, avoids that and keeps full control of A4 layout, fonts and metadata.
"""
