"""`natopress check`: the browser page that turns a draft into a checked release (server, page, state)."""
