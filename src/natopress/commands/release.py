"""`natopress release VERSION`: record a new version of the dataset in every file that names one."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from natopress.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_repo_option, add_root_option

DESCRIPTION = (
    "Refuses unless the corpus validates under --strict (no error, no warning). Then writes VERSION, the "
    "date and the corpus fingerprint into CHANGELOG.md (a new section carrying the [Unreleased] notes and "
    "the `natopress diff` since the previous version as a draft), CITATION.cff, DATASET_CARD.md and the "
    "package version in pyproject.toml, all agreeing."
)
EPILOG = (
    "VERSION is MAJOR.MINOR.PATCH, greater than the last released one (major: schema break; minor: new "
    "releases or layers; patch: corrections). Then reinstall the package (`make test` does) so that "
    "`natopress.__version__` follows. Exit 0 released, 1 refused, 2 usage."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options and arguments."""
    add_root_option(parser)
    parser.add_argument("version", metavar="VERSION", help="the new semantic version, e.g. 0.2.0")
    parser.add_argument(
        "--date", default=None, metavar="YYYY-MM-DD", help="release date (default: today, UTC)"
    )
    add_repo_option(parser, " whose files record the version")


def _git(repo: Path, *args: str) -> str | None:
    """The output of a git command run in `repo`, or None when it fails (no git, no such revision)."""
    from natopress.git import GitError, git

    try:
        return git(*args, cwd=repo).decode("utf-8").strip()
    except GitError:
        return None


def baseline(repo: Path, previous: str) -> str | None:
    """The git revision of version `previous` in `repo`: its tag `v<previous>`, else the commit that added
    its CHANGELOG.md heading; None outside git or when neither exists."""
    if _git(repo, "rev-parse", "--verify", "--quiet", f"refs/tags/v{previous}^{{commit}}") is not None:
        return f"v{previous}"
    return _git(repo, "log", "-1", "--format=%H", "-S", f"## [{previous}]", "--", "CHANGELOG.md") or None


def diff_draft(repo: Path, root: Path, previous: str | None) -> tuple[str, str]:
    """(the text of `natopress diff` from version `previous` to the corpus at `root`, what it is since)."""
    from natopress.corpus import Corpus, CorpusError, Snapshot, read_revision
    from natopress.git import GitError
    from natopress.tools.diff import diff_corpora, render_text

    new = Corpus(root).snapshot()
    if previous is None:
        return render_text(diff_corpora(Snapshot({}, None), new)), "the start"
    revision = baseline(repo, previous)
    if revision is None:
        return "", previous
    try:
        old = read_revision(revision, cwd=repo)
    except (CorpusError, GitError):
        return "", previous
    return render_text(diff_corpora(old, new)), f"{previous} ({revision[:12]})"


def refusal(root: Path | None) -> str | None:
    """The validator's report when the corpus at `root` does not validate under --strict, else None."""
    from natopress.validate.report import RENDERERS
    from natopress.validate.runner import UsageError, validate

    try:
        result = validate(root, strict=True)
    except UsageError as error:
        return str(error)
    return None if result.ok else RENDERERS["text"](result).rstrip()


def run(args: argparse.Namespace) -> int:
    """Checks the version and the corpus, then rewrites the four files atomically."""
    from natopress.build import versions
    from natopress.build.release import ReleaseError, semver
    from natopress.paths import checkout_root

    repo = checkout_root(args.repo)  # NotACheckoutError: natopress.cli says so, exit 2
    try:
        new = semver(args.version)
        date = (
            datetime.date.fromisoformat(args.date)
            if args.date
            else datetime.datetime.now(datetime.UTC).date()
        )
    except (ReleaseError, ValueError) as error:
        print(f"natopress release: {error}", file=sys.stderr)
        return EXIT_USAGE
    previous = versions.changelog_latest(repo / "CHANGELOG.md")
    if previous is not None and semver(previous) >= new:
        print(
            f"natopress release: {args.version} is not greater than {previous}, the last version",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    if (report := refusal(args.root)) is not None:
        print(report, file=sys.stderr)
        print("natopress release: refused: the corpus does not validate under --strict", file=sys.stderr)
        return EXIT_FINDINGS
    try:
        written = write_release(repo, args.root, args.version, date.isoformat(), previous)
    except ReleaseError as error:
        print(f"natopress release: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    for path in written:
        print(f"natopress release: wrote {path}")
    print(f"natopress release: {args.version}; reinstall the package (`make test` does it)", file=sys.stderr)
    return EXIT_OK


def write_release(repo: Path, root: Path | None, version: str, date: str, previous: str | None) -> list[Path]:
    """Writes the version into the checkout `repo`'s CHANGELOG.md, CITATION.cff, DATASET_CARD.md and
    pyproject.toml (all computed before any is written); returns the paths. Raises ReleaseError (a file
    lacks what it needs)."""
    from natopress.atomic import write_text_atomic
    from natopress.build import release as bump
    from natopress.build import versions
    from natopress.corpus import Corpus
    from natopress.fingerprint import fingerprint

    corpus_root = Corpus.at(root).root
    changelog_path = repo / "CHANGELOG.md"
    changelog = changelog_path.read_text("utf-8")
    draft, since = diff_draft(repo, corpus_root, previous)
    entry = bump.changelog_entry(
        version, date, fingerprint(corpus_root), bump.unreleased_notes(changelog), draft, since
    )
    card, citation, pyproject = repo / "DATASET_CARD.md", repo / "CITATION.cff", repo / "pyproject.toml"
    texts = {
        changelog_path: bump.bump_changelog(changelog, entry),
        citation: bump.bump_citation(citation.read_text("utf-8"), version, date),
        card: bump.bump_card(card.read_text("utf-8"), versions.package_version(), version),
        pyproject: bump.bump_pyproject(pyproject.read_text("utf-8"), version),
    }
    for path, text in texts.items():
        write_text_atomic(path, text)  # keeps each file's mode (natopress.atomic)
    return list(texts)
