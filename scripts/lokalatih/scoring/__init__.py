"""`lokalatih score`: pre/post responses + the kit's test key → a learning report (Kirkpatrick level 2).

key.py reads test-key.json (model/test_key.py), responses.py the answers, analysis.py computes a `Report`
(model/report.py), summary.py picks its sentences, report.py writes report.json, report.html and report.pdf."""
