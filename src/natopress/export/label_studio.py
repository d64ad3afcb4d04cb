"""Label Studio: tasks (a JSON array) with a release's mentions as `predictions`, and its JSON export back.

Task and result shapes follow Label Studio's "Basic Label Studio JSON format" for pre-annotations
(https://labelstud.io/guide/predictions, https://labelstud.io/guide/task_format): each task has `data`
(`text`, `release_id`) and `predictions` with one `result` list; each mention is a result of `type: labels`
with `value.start/end/text/labels`, its registry id and kind kept in the region's `meta.text` as
`entity=<id> kind=<name|nominal>`. Label Studio allows overlapping regions, so nested mentions are kept.

Offsets: natopress counts code points. Label Studio's text editor counts UTF-16 code units, so regions after a
character outside the Basic Multilingual Plane are shown shifted (HumanSignal/label-studio issues 1347 and
4988): `outside_bmp` lets the export warn. The import checks every region's text against the source and
accepts UTF-16 offsets when the text says that is what they are; anything else is refused, never widened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from natopress.model import EntityType, Mention, MentionKind, Release

FROM_NAME, TO_NAME = "label", "text"
"""The control and object tag names of the labelling config (`label_config`)."""
MODEL_VERSION = "natopress-draft"


class LabelStudioError(ValueError):
    """A Label Studio export cannot be read back exactly; the message names the task and the region."""


def label_config() -> str:
    """The labelling config (XML) that matches the tasks: one Labels tag with the CoNLL types.

    Per Label Studio's Text tag docs (labelstud.io/tags/text): `white-space: pre-wrap` keeps every space as
    it is (otherwise spaces are trimmed when displayed and saved), `saveTextResult="yes"` stores each
    region's text, which the import checks against the source.
    """
    labels = "\n".join(f'    <Label value="{t.value}"/>' for t in EntityType)
    return (
        "<View>\n"
        "  <Style>.htx-text { white-space: pre-wrap; }</Style>\n"
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text" saveTextResult="yes"/>\n'
        "</View>\n"
    )


def outside_bmp(text: str) -> int:
    """How many characters of `text` lie outside the BMP (two UTF-16 code units each)."""
    return sum(ord(c) > 0xFFFF for c in text)


def to_task(release: Release, text: str, entity_types: Mapping[str, str]) -> dict[str, Any]:
    """One task: the text, the release id, and every mention as a prediction (KeyError: an unknown entity)."""
    result = [
        {
            "id": f"m{n}",
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "value": {
                "start": m.span.start,
                "end": m.span.end,
                "text": m.span.text,
                "labels": [entity_types[m.entity]],
            },
            "meta": {"text": [f"entity={m.entity} kind={m.kind.value}"]},
        }
        for n, m in enumerate(release.mentions, start=1)
    ]
    return {
        "data": {"text": text, "release_id": release.id},
        "predictions": [{"model_version": MODEL_VERSION, "result": result}],
    }


def to_tasks(
    documents: Iterable[tuple[Release, str]], entity_types: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Every release as a task, in corpus order."""
    return [to_task(release, text, entity_types) for release, text in documents]


@dataclass(frozen=True)
class Imported:
    """The mentions of one task, read from its annotation."""

    release_id: str
    text: str
    mentions: list[Mention]


def _utf16_to_code_points(text: str, offset: int) -> int | None:
    """The code-point offset of UTF-16 offset `offset` in `text`; None inside a surrogate pair or past the end."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def _span(text: str, value: Mapping[str, Any], where: str) -> tuple[int, int]:
    """(start, end) in code points of a region, checked against its `text` (UTF-16 offsets converted).

    Without `text` (a config without saveTextResult), the offsets are taken as they are only when the
    source has no character outside the BMP, where code points and UTF-16 code units agree.
    """
    start, end, shown = value.get("start"), value.get("end"), value.get("text")
    if not (isinstance(start, int) and isinstance(end, int)) or not isinstance(shown, str | None):
        raise LabelStudioError(f"{where}: expected integers value.start and value.end, and value.text")
    if shown is None:
        if outside_bmp(text) or not 0 <= start < end <= len(text):
            raise LabelStudioError(
                f"{where}: no value.text to check {start}:{end} against (the text has characters outside "
                "the BMP, or the offsets are outside it); use the exported labelling config"
            )
        return start, end
    if 0 <= start < end <= len(text) and text[start:end] == shown:
        return start, end
    cp_start, cp_end = _utf16_to_code_points(text, start), _utf16_to_code_points(text, end)
    if cp_start is not None and cp_end is not None and text[cp_start:cp_end] == shown:
        return cp_start, cp_end
    raise LabelStudioError(
        f"{where}: text {shown!r} is not the source at {start}:{end} (code points or UTF-16)"
    )


def _mention(text: str, region: Mapping[str, Any], entity_types: Mapping[str, str], where: str) -> Mention:
    value = region.get("value") or {}
    start, end = _span(text, value, where)
    labels = value.get("labels")
    if not isinstance(labels, list) or len(labels) != 1 or labels[0] not in {t.value for t in EntityType}:
        raise LabelStudioError(f"{where}: expected one label of {', '.join(t.value for t in EntityType)}")
    meta = " ".join((region.get("meta") or {}).get("text") or [])
    words = dict(word.partition("=")[::2] for word in meta.split())
    entity, kind = words.get("entity"), words.get("kind")
    if not entity or kind not in {k.value for k in MentionKind}:
        raise LabelStudioError(
            f"{where}: the region needs `entity=<registry id> kind=name|nominal` in its meta text"
        )
    if entity in entity_types and entity_types[entity] != labels[0]:
        raise LabelStudioError(
            f"{where}: label {labels[0]} but {entity} is {entity_types[entity]} in the registry"
        )
    span = {"start": start, "end": end, "text": text[start:end]}
    return Mention.model_validate({"span": span, "entity": entity, "kind": kind}, strict=False)


def _annotation(task: Mapping[str, Any], where: str) -> list[Any]:
    """The result list of the task's one submitted annotation."""
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if len(done) != 1:
        raise LabelStudioError(f"{where}: expected one submitted annotation, found {len(done)}")
    result = done[0].get("result")
    if not isinstance(result, list):
        raise LabelStudioError(f"{where}: the annotation has no result list")
    return result


def from_tasks(tasks: Any, entity_types: Mapping[str, str], name: str) -> list[Imported]:
    """The mentions of every task of a Label Studio JSON export (`name` is the file, for messages).

    Regions of another type than `labels` or another control than `label` are refused, like any region
    whose text is not the source's: nothing is dropped or widened silently. Raises LabelStudioError.
    """
    if not isinstance(tasks, list):
        raise LabelStudioError(f"{name}: expected a JSON array of tasks (Label Studio's JSON export)")
    imported = []
    for number, task in enumerate(tasks):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data.get("release_id"):
            raise LabelStudioError(f"{name}: task {number}: expected data.text and data.release_id")
        where = f"{name}: task {number} ({data['release_id']})"
        mentions = []
        for region in _annotation(task, where):
            here = f"{where}, region {region.get('id')}"
            if region.get("type") != "labels" or region.get("from_name") != FROM_NAME:
                raise LabelStudioError(f"{here}: natopress reads `labels` regions of `{FROM_NAME}` only")
            mentions.append(_mention(data["text"], region, entity_types, here))
        mentions.sort(key=lambda m: (m.span.start, -m.span.end))
        imported.append(Imported(str(data["release_id"]), data["text"], mentions))
    return imported
