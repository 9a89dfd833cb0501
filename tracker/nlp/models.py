"""NLP stage, model lookup: which Stanza model serves each processor, and where it comes from.

Takes a language code; gives a `ModelSet` (one path per processor plus its source and scores).
Order of preference: (a) official Stanza models installed in Stanza's resources directory
(`STANZA_RESOURCES_DIR`, else Stanza's default), (b) the project's own compact models shipped in
`tracker/stanza_models/<lang>/`. Nothing here downloads anything unless `download()` is called.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "stanza_models"
# processors that read the word-vector file
USES_PRETRAIN = ("pos", "depparse", "ner")


class ModelError(RuntimeError):
    """No usable model for a language, or a download that failed."""


@dataclass
class ModelSet:
    lang: str
    source: str  # "official" or "shipped"
    paths: dict[str, Path] = field(default_factory=dict)
    pretrain: dict[str, Path] = field(default_factory=dict)
    scores: dict[str, dict] = field(default_factory=dict)
    resources_dir: Path | None = None

    def pipeline_kwargs(self, processors: tuple[str, ...]) -> dict:
        """Keyword arguments for `stanza.Pipeline` that load exactly these files, offline."""
        kwargs: dict = {}
        for proc in processors:
            if proc in self.paths:
                kwargs[f"{proc}_model_path"] = str(self.paths[proc])
            if proc in self.pretrain:
                kwargs[f"{proc}_pretrain_path"] = str(self.pretrain[proc])
        return kwargs


def resources_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def _official(lang: str) -> ModelSet | None:
    """Official models as `stanza.download` lays them out: <dir>/resources.json + <dir>/<lang>/<proc>/*.pt."""
    root = resources_dir()
    res_file = root / "resources.json"
    if not res_file.is_file() or not (root / lang).is_dir():
        return None
    try:
        resources = json.loads(res_file.read_text(encoding="utf-8"))
        default = resources[lang]["default_processors"]
    except (OSError, ValueError, KeyError):
        return None
    models = ModelSet(lang=lang, source="official", resources_dir=root)
    for proc in PROCESSORS:
        package = default.get(proc)
        path = root / lang / proc / f"{package}.pt" if package else None
        if path is None or not path.is_file():
            return None  # incomplete install: fall back to the shipped set as a whole
        models.paths[proc] = path
    return models


def _shipped(lang: str) -> ModelSet | None:
    root = SHIPPED_DIR / lang
    if not all((root / f"{p}.pt").is_file() for p in PROCESSORS):
        return None
    models = ModelSet(lang=lang, source="shipped")
    for proc in PROCESSORS:
        models.paths[proc] = root / f"{proc}.pt"
        if proc in USES_PRETRAIN:
            models.pretrain[proc] = root / "pretrain.pt"
    scores = root / "scores.json"
    if scores.is_file():
        models.scores = json.loads(scores.read_text(encoding="utf-8"))
    return models


def find_models(lang: str) -> ModelSet:
    """The model set to use for `lang`; raises ModelError when there is none."""
    found = _official(lang) or _shipped(lang)
    if found is None:
        raise ModelError(f"no Stanza models for language {lang!r}: run `tracker models download {lang}`")
    return found


def models_available(lang: str | None) -> bool:
    if not lang:
        return False
    try:
        find_models(lang)
    except ModelError:
        return False
    return True


def download(lang: str) -> Path:
    """Install the official Stanza models for `lang` (needs internet). Never called implicitly."""
    import stanza

    root = resources_dir()
    try:
        stanza.download(lang, model_dir=str(root), processors=",".join(PROCESSORS), verbose=False)
    except Exception as exc:  # network errors come in many types (requests, urllib3, OSError)
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"could not download Stanza models for {lang!r} into {root}: {first[:200]}") from None
    return root


def status(lang: str) -> list[dict]:
    """One row per processor: model file, source, size and evaluation scores."""
    try:
        models = find_models(lang)
    except ModelError as exc:
        return [{"processor": p, "source": "missing", "path": None, "scores": {}, "error": str(exc)}
                for p in PROCESSORS]
    rows = []
    for proc in PROCESSORS:
        path = models.paths[proc]
        rows.append({
            "processor": proc,
            "source": models.source,
            "path": str(path),
            "size_mb": round(path.stat().st_size / 1e6, 1),
            "scores": models.scores.get(proc, {}),
        })
    return rows
