"""A PDF's text as Python's PDF libraries give it, for scripts/derive.ts: PyMuPDF's page.get_text() in the order the
page draws its blocks and with sort=True (blocks by their bottoms, then left to right), and pypdf's
page.extract_text(). Pages are joined by a line break. Debian's python3-fitz and python3-pypdf.
Run: python3 pdf-library-text.py MODE IN.pdf OUT.txt, MODE one of pymupdf, pymupdf-sorted, pypdf."""
import sys

mode, source, out = sys.argv[1:4]
if mode == 'pypdf':
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(source).pages]
else:
    import fitz

    pages = [page.get_text(sort=mode == 'pymupdf-sorted') for page in fitz.open(source)]
with open(out, 'w', encoding='utf-8') as file:
    file.write('\n'.join(pages))
