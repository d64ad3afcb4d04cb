"""Writes that survive faults (issue 16): SIGKILL at every rename of each writing command, a full disk, a
read-only target, two writers at once; after each, `validate` and `verify` pass and nothing is lost."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA, WORKFLOW

from natopress.atomic import FAULT_ENOSPC_ENV, FAULT_KILL_ENV
from natopress.cli import main
from natopress.fingerprint import fingerprint
from natopress.transaction import folder_lock

PUBLISH = DATA / "publish"
INGEST = DATA / "ingest"
MAX_RENAMES = 12
"""More renames than any command here makes: the loop below must reach a run that is not killed."""


def natopress(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Runs `natopress ARGS` in a fresh process (so a SIGKILL ends only it)."""
    return subprocess.run(
        [sys.executable, "-m", "natopress.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden ones included) -> sha256 of its bytes."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def each_kill(*args: str | Path) -> Iterator[tuple[int, subprocess.CompletedProcess[str]]]:
    """Yields (n, result) for the command killed at its n-th rename, n = 1, 2, ... up to the first run that
    is not killed (yielded last, with n = 0)."""
    for n in range(1, MAX_RENAMES):
        result = natopress(*args, env={FAULT_KILL_ENV: str(n)})
        if result.returncode != -9:
            yield 0, result
            return
        yield n, result
    raise AssertionError(f"still killed after {MAX_RENAMES} renames")


def assert_valid(root: Path) -> None:
    result = natopress("validate", "--root", root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_new_files_follow_the_umask_and_rewritten_files_keep_their_mode(tmp_path: Path) -> None:
    from natopress.atomic import write_text_atomic

    previous = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "new.txt", "a\n")
        os.umask(0o077)
        write_text_atomic(tmp_path / "private.txt", "a\n")
        (tmp_path / "shared.txt").write_text("old\n")
        (tmp_path / "shared.txt").chmod(0o640)
        write_text_atomic(tmp_path / "shared.txt", "new\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "private.txt").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "shared.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "shared.txt").read_text() == "new\n"


def test_a_killed_writers_temporary_file_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    import fcntl

    from natopress.atomic import write_text_atomic

    dead = tmp_path / ".out.json.abc123xy.tmp"
    dead.write_text("half")
    live = tmp_path / ".out.json.live1234.tmp"
    live.write_text("being written")
    with live.open() as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        write_text_atomic(tmp_path / "out.json", "{}\n")
        assert not dead.exists()
        assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.json.live1234.tmp", "out.json"]


def test_ingest_killed_at_every_rename_leaves_the_old_or_the_new_release(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    assert main(["ingest", str(INGEST / "english.txt"), "--root", str(root), "--id", "x-y"]) == 0
    old = snapshot(root)
    new_text = (INGEST / "french-tight.txt").read_bytes()
    killed = 0
    for n, _result in each_kill(
        "ingest", INGEST / "french-tight.txt", "--root", root, "--id", "x-y", "--force"
    ):
        assert_valid(root)  # validate recovers first: an interrupted commit is rolled forward
        now = snapshot(root)
        assert set(now) == set(old), n  # no litter, nothing lost
        text = (root / "x-y.txt").read_bytes()
        assert text in ((INGEST / "english.txt").read_bytes(), new_text), n
        assert (now == old) == (text != new_text), n  # the .json goes with its .txt
        killed += n > 0
        if n:
            shutil.rmtree(root)
            shutil.copytree(WORKFLOW, root)
            assert main(["ingest", str(INGEST / "english.txt"), "--root", str(root), "--id", "x-y"]) == 0
    assert killed >= 3  # the journal and the two files


def test_build_killed_at_every_rename_keeps_the_old_build_and_the_clone(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    assert main(["build", "--root", str(WORKFLOW), "--out", str(out)]) == 0
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / ".gitattributes").write_text("*.parquet filter=lfs\n")
    killed = 0
    for n, _result in each_kill("build", "--root", PUBLISH, "--out", out):
        verified = natopress("verify", out)  # completes an interrupted swap first
        assert verified.returncode == 0, (n, verified.stdout + verified.stderr)
        assert (out / ".git" / "HEAD").read_text() == "ref: refs/heads/main\n", n
        assert (out / ".gitattributes").is_file(), n
        assert [p.name for p in tmp_path.iterdir()] == ["dataset"], n  # no .tmp-/.old- folder left
        killed += n > 0
    assert killed >= 3
    assert fingerprint(PUBLISH) in (out / "MANIFEST.json").read_text("utf-8")  # the new build is in place


def test_build_keeps_a_hub_clone_and_refuses_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    assert main(["build", "--root", str(WORKFLOW), "--out", str(out)]) == 0
    (out / ".git").mkdir()
    (out / ".git" / "config").write_text("[core]\n")
    (out / ".cache" / "huggingface").mkdir(parents=True)
    assert main(["build", "--root", str(PUBLISH), "--out", str(out)]) == 0
    assert (out / ".git" / "config").read_text() == "[core]\n"
    assert (out / ".cache" / "huggingface").is_dir()
    (out / "NOTES.txt").write_text("mine\n")
    before = snapshot(out)
    result = natopress("build", "--root", WORKFLOW, "--out", out)
    assert result.returncode == 1
    assert "NOTES.txt" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(out) == before


def test_build_through_a_symbolic_link_writes_beside_its_target(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "real" / "dataset")
    assert main(["build", "--root", str(WORKFLOW), "--out", str(link)]) == 0
    assert main(["build", "--root", str(PUBLISH), "--out", str(link)]) == 0
    assert link.is_symlink()
    assert (tmp_path / "real" / "dataset" / "MANIFEST.json").is_file()
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["dataset"]
    assert natopress("verify", link).returncode == 0


def test_build_fails_when_the_corpus_changes_while_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natopress.build import builder

    root = tmp_path / "corpus"
    shutil.copytree(PUBLISH, root)
    out = tmp_path / "dataset"
    write_dataset = builder.write_dataset

    def edit_during(folder: Path, *args: object) -> object:
        result = write_dataset(folder, *args)  # type: ignore[arg-type]
        shutil.copyfile(INGEST / "english.txt", root / "late.txt")  # another writer, meanwhile
        return result

    monkeypatch.setattr(builder, "write_dataset", edit_during)
    with pytest.raises(builder.BuildError, match="changed during the build"):
        builder.build(root, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]  # no build, no temporary folder


def test_export_brat_killed_at_every_rename_leaves_no_partial_folder(tmp_path: Path) -> None:
    out = tmp_path / "brat"
    killed = 0
    for n, _result in each_kill("export", "brat", "--root", WORKFLOW, "--out", out):
        assert not out.exists() or (out / "annotation.conf").is_file(), n  # complete, or none at all
        killed += n > 0
    assert killed >= 1
    assert (out / "annotation.conf").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["brat"]  # the killed runs' folders cleaned up


def test_a_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    before = snapshot(root)
    with folder_lock(root):
        result = natopress("ingest", INGEST / "english.txt", "--root", root, "--id", "x-y")
    assert result.returncode == 1
    assert "another natopress command is writing it" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(root) == before


def test_a_full_disk_leaves_the_corpus_as_it_was(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    before = snapshot(root)
    for n in (1, 2, 3):  # the .txt, the .json, the journal
        result = natopress(
            "ingest", INGEST / "english.txt", "--root", root, "--id", "x-y", env={FAULT_ENOSPC_ENV: str(n)}
        )
        assert result.returncode == 1, n
        assert "No space left on device" in result.stderr and "Traceback" not in result.stderr, n
        assert str(root) in result.stderr, n
        assert snapshot(root) == before, n
    assert_valid(root)


@pytest.mark.parametrize(
    "args",
    [
        ["export", "jsonl", "--root", str(WORKFLOW), "--out", "{tmp}/out.jsonl"],
        ["export", "conll", "--root", str(WORKFLOW), "--out", "{tmp}/out.conll"],
        ["export", "brat", "--root", str(WORKFLOW), "--out", "{tmp}/brat"],
        ["build", "--root", str(WORKFLOW), "--out", "{tmp}/dataset"],
    ],
)
def test_a_full_disk_is_one_line_naming_the_file(tmp_path: Path, args: list[str]) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = natopress(*argv, env={FAULT_ENOSPC_ENV: "1"})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("natopress")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "No space left on device" in result.stderr and "[Errno" not in result.stderr
    assert str(tmp_path) in result.stderr
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def _with_replace_failing(argv: list[str], code: int) -> subprocess.CompletedProcess[str]:
    """Runs natopress in a fresh process whose `os.replace` and `renameat2` fail with errno `code`."""
    script = (
        "import errno, os, sys\n"
        "from natopress import atomic, swap, cli\n"
        f"def fail(*a, **k): raise OSError({code}, os.strerror({code}), str(a[-1]))\n"
        "atomic.rename = fail\nswap.rename = fail\nswap.exchange = fail\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.parametrize("command", ["ingest", "codes --write"])
def test_a_read_only_target_is_one_line(tmp_path: Path, command: str) -> None:
    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    before, page = snapshot(root), (Path(__file__).parents[2] / "docs" / "codes.md").read_bytes()
    argv = (
        ["ingest", str(INGEST / "english.txt"), "--root", str(root)]
        if command == "ingest"
        else command.split()
    )
    result = _with_replace_failing(argv, errno.EROFS)
    assert result.returncode == 1
    assert "Read-only file system" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"natopress {argv[0]}: ")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert snapshot(root) == before
    assert (Path(__file__).parents[2] / "docs" / "codes.md").read_bytes() == page


def test_ingest_warns_about_a_file_still_being_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from natopress.draft import ingest as ingest_module

    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    source = tmp_path / "growing.txt"
    source.write_bytes((INGEST / "english.txt").read_bytes().rstrip(b"\n"))
    draft = ingest_module.draft_release

    def appending(*args: object, **kwargs: object) -> object:
        with source.open("ab") as handle:  # the writer goes on while ingest drafts
            handle.write(b" more words\n")
        return draft(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "draft_release", appending)
    _, warnings = ingest_module.ingest(source, ingest_module.Corpus.at(root), release_id="x-y")
    assert any("changed while it was read" in w for w in warnings)
    assert any("no newline at the end" in w for w in warnings)


def test_workers_end_with_their_parent(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    script = (
        "import os, sys, time\n"
        "from natopress.validate.parallel import ordered_map\n"
        "def slow(n):\n"
        f"    open({str(pids)!r} + str(os.getpid()), 'w').close()\n"
        "    time.sleep(120)\n"
        "list(ordered_map(slow, list(range(4)), 2))\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    for _ in range(300):
        if len(list(tmp_path.glob("pids*"))) >= 2:
            break
        subprocess.run(["sleep", "0.1"], check=True)
    workers = [int(p.name.removeprefix("pids")) for p in tmp_path.glob("pids*")]
    assert len(workers) == 2
    parent.kill()
    parent.wait()
    for _ in range(50):
        if not any(_alive(pid) for pid in workers):
            break
        subprocess.run(["sleep", "0.1"], check=True)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie waiting for its new parent to reap it counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def test_sigterm_is_handled_like_ctrl_c_and_leaves_no_litter(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    started = tmp_path / "started"
    script = (
        "import sys, time\n"
        "from natopress.build import builder\n"
        "from natopress import cli\n"
        "real = builder.write_dataset\n"
        "def slow(*a):\n"
        f"    open({str(started)!r}, 'w').close()\n"
        "    time.sleep(120)\n"
        "builder.write_dataset = slow\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, "build", "--root", str(WORKFLOW), "--out", str(out)]
    )
    for _ in range(600):
        if started.exists():
            break
        subprocess.run(["sleep", "0.1"], check=True)
    process.terminate()
    assert process.wait(timeout=60) == 143
    assert [p.name for p in tmp_path.iterdir()] == ["started"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 300 KB tmpfs, as full as it gets (root only; the test is skipped where it cannot be mounted)."""
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); the simulated ENOSPC tests cover the paths")
    try:
        shutil.copytree(WORKFLOW, mount / "corpus")
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 512):
                pass
        except OSError:
            pass  # full
        finally:
            os.close(fd)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_real_full_disk_loses_nothing(full_disk: Path) -> None:
    root = full_disk / "corpus"
    before = snapshot(root)
    ingested = natopress("ingest", INGEST / "english.txt", "--root", root, "--id", "x-y")
    built = natopress("build", "--root", root, "--out", full_disk / "dataset")
    exported = natopress("export", "brat", "--root", root, "--out", full_disk / "brat")
    for result in (ingested, built, exported):
        errors = [line for line in result.stderr.splitlines() if line.startswith("natopress")]
        assert result.returncode == 1, result.stderr
        assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
        assert "No space left on device" in errors[0] and str(full_disk) in errors[0], errors[0]
    assert snapshot(root) == before
    assert sorted(p.name for p in full_disk.iterdir()) == ["corpus", "filler"]
    assert_valid(root)


def test_a_second_ingest_of_the_same_id_during_a_commit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16 item 3, made deterministic: the second ingest runs exactly while the first is committing."""
    import json

    from natopress.draft import ingest as ingest_module

    root = tmp_path / "corpus"
    shutil.copytree(WORKFLOW, root)
    commit_files = ingest_module.commit_files
    seen: list[subprocess.CompletedProcess[str]] = []

    def racing(files: dict[Path, bytes]) -> None:
        seen.append(natopress("ingest", INGEST / "french-tight.txt", "--root", root, "--id", "s-s"))
        commit_files(files)

    monkeypatch.setattr(ingest_module, "commit_files", racing)
    ingest_module.ingest(INGEST / "english.txt", ingest_module.Corpus.at(root), release_id="s-s")
    (second,) = seen
    assert second.returncode == 1, second.stdout + second.stderr
    assert "another natopress command is writing it" in second.stderr
    text = (root / "s-s.txt").read_bytes()
    assert text == (INGEST / "english.txt").read_bytes()
    annotation = json.loads((root / "s-s.json").read_text("utf-8"))
    assert annotation["metadata"]["text_sha256"] == hashlib.sha256(text).hexdigest()  # a matching pair
    assert_valid(root)


def test_import_brat_killed_at_every_rename_leaves_a_valid_corpus(tmp_path: Path) -> None:
    brat = tmp_path / "brat"
    assert main(["export", "brat", "--root", str(WORKFLOW), "--out", str(brat)]) == 0
    root = tmp_path / "corpus"
    for n in range(1, MAX_RENAMES):
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir()
        shutil.copyfile(WORKFLOW / "registry.json", root / "registry.json")
        result = natopress("import-brat", brat, "--root", root, env={FAULT_KILL_ENV: str(n)})
        assert_valid(root)  # recovers first: each release's .txt and .json both there, or neither
        assert all(p.with_suffix(".json").exists() for p in root.glob("*.txt")), n
        assert not [p for p in root.iterdir() if p.name.startswith(".")], n
        if result.returncode != -9:
            break
    assert result.returncode == 0 and n >= 4, (n, result.stderr)


@pytest.mark.parametrize("form", ["jsonl", "conll"])
def test_a_single_file_export_killed_at_every_rename_is_old_or_new(tmp_path: Path, form: str) -> None:
    out = tmp_path / f"corpus.{form}"
    out.write_text("old\n")
    for n, _result in each_kill("export", form, "--root", WORKFLOW, "--out", out):
        assert out.read_text("utf-8") == "old\n" if n else out.read_text("utf-8") != "old\n"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # the killed runs' temporary files removed
