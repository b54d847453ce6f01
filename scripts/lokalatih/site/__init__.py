"""The site layer: Markdown pages for MkDocs generated from the curriculum, the MkDocs configuration, its hook."""
