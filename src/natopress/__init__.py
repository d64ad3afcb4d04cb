"""natopress: the reference corpus of NATO press releases, with hand-checked standoff annotations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("natopress")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
