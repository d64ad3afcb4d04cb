"""`natopress check ID`: check a draft in the browser (a local web server for one corpus)."""

from __future__ import annotations

import argparse
import socket
import sys
import webbrowser

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_root_option
from natopress.corpus import Corpus

DESCRIPTION = (
    "Start a web server on 127.0.0.1 and open the release in the browser: accept, reject or correct "
    "every suggestion of the draft, save (validated as `natopress validate` does; nothing is written "
    "while an error remains) and mark it checked. Needs the `check` extra: pip install 'natopress[check]'."
)
EPILOG = (
    "The printed URL carries a random token that every request must present. Previous versions are kept "
    "in DIR/.natopress-check/. Stop the server with Ctrl-C."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument("release_id", metavar="ID", help="release id")
    parser.add_argument("--port", type=int, default=0, metavar="N", help="port (default 0: a free port)")
    parser.add_argument("--no-browser", action="store_true", help="print the URL only; do not open a browser")


def _bound_socket(port: int) -> socket.socket:
    """A socket listening on 127.0.0.1:`port` (0: the system picks a free port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(64)
    return sock


def run(args: argparse.Namespace) -> int:
    """Serves until Ctrl-C; exit 1 when the release is not in the corpus or the port is taken, 2 when the
    `check` extra is missing or the port is out of range."""
    if not 0 <= args.port <= 65535:
        print(f"natopress check: --port {args.port}: expected 0-65535", file=sys.stderr)
        return EXIT_USAGE
    try:
        import uvicorn

        from natopress.tools.check.app import create_app, new_token
        from natopress.tools.check.session import CheckSession
    except ImportError as error:
        print(f"natopress check: {error.name} is missing: pip install 'natopress[check]'", file=sys.stderr)
        return EXIT_USAGE
    corpus = Corpus.at(args.root)
    if args.release_id not in corpus.release_ids():
        print(f"natopress check: {corpus.json_path(args.release_id)}: no such release", file=sys.stderr)
        return EXIT_FINDINGS
    try:
        sock = _bound_socket(args.port)
    except OSError as error:
        print(f"natopress check: 127.0.0.1:{args.port}: cannot listen: {error.strerror}", file=sys.stderr)
        return EXIT_FINDINGS
    token = new_token()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/?token={token}"
    print(url, flush=True)
    app = create_app(CheckSession(corpus.root), args.release_id, token)
    if not args.no_browser:
        webbrowser.open(url)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
    return EXIT_OK
