"""Slides for every session, in both languages: one deck, two renderings.

- `deck.py`    what each slide says and its speaker notes, from module.yaml, the facilitator plan and the optional
               slide model (slides.yaml);
- `layout.py`  every box of every slide in points, text measured in the shipped fonts, long content continued on
               further slides, the bottom tenth left empty for video-call controls;
- `pptx.py`    the editable PowerPoint file (python-pptx);
- `render.py`  the catalog's renderers: the PowerPoint bytes, and the HTML WeasyPrint makes the 16:9 PDF from.
"""
