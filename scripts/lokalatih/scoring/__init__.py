"""`lokalatih score`: pre/post responses + the kit's test key → a learning report (Kirkpatrick level 2)."""
