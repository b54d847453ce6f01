"""Printable documents rendered from the curriculum: handouts, worksheets, workbooks, agendas, pocket cards (public,
into site/downloads/) and facilitator guides and attendance sheets (kit only)."""
