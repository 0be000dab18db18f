"""Invented projects, components and facts that the frames of train15 fill their slots with.

Every name here is made up for this corpus; the components are the parts of software that
talks to language models (prompt templates, token counters, model registries), because that
is the vocabulary real changelogs and an agent's own notes share with prompts."""

from __future__ import annotations

PROJECTS = (
    "quillmark", "tesselate", "brindle", "oxbow", "fernlight", "kestrel-sync", "mossgate",
    "parlance", "umbra-cli", "driftwood", "halyard", "lumen-index", "sparrowdb", "cobblestone",
    "wicket", "tansy", "ridgeline", "marlin-rpc", "petrel", "gannet-ai", "loomwork", "saltmarsh",
    "inkwell-llm", "corvid", "thistle", "pipewren", "larkspur", "basalt", "emberline", "nettlebox",
)
COMPONENTS = (
    "prompt template loader", "token counter", "model registry", "response cache",
    "embedding index", "retry wrapper", "rate limiter", "streaming decoder", "history trimmer",
    "system prompt builder", "tool-call parser", "context packer", "tokenizer loader",
    "eval harness", "completion client", "chat transcript exporter", "prompt linter",
    "model fallback chain", "stop-sequence handler", "usage meter", "prompt cache",
    "safety filter config", "batch scheduler", "vector store adapter", "few-shot example picker",
)
FILES = (
    "src/prompts/loader.py", "src/tokens/count.rs", "lib/registry.ts", "internal/cache/lru.go",
    "pkg/llm/client.go", "app/models/fallback.py", "crates/decode/src/stream.rs",
    "src/history/trim.py", "templates/system.j2", "src/tools/parse.ts", "tests/test_tokens.py",
    "docs/prompts.md", "config/models.toml", "src/usage/meter.py", "cmd/evalrun/main.go",
)
MODELS = (
    "the small model", "the 8B checkpoint", "the local model", "the default model",
    "the hosted model", "the fallback model", "the embedding model", "the reranker",
    "the distilled model", "the quantised build",
)
NUMBERS = ("12", "37", "128", "4096", "8192", "0.2", "3", "250", "1.5", "64", "512", "20", "7")
PEOPLE = ("Ilse", "Tomasz", "Adaeze", "Rui", "Mirela", "Kenta", "Sunniva", "Farid", "Lucía", "Oren")
ISSUES = ("#214", "#377", "#1029", "#58", "#640", "GH-311", "PLAT-902", "#2210", "#87", "#1504")
VERSIONS = ("0.4.0", "0.4.1", "1.2.0", "1.2.3", "2.0.0", "2.0.1", "0.9.7", "3.1.0", "1.0.0-rc1", "0.12.2")
COMMANDS = (
    "pytest -q tests/test_tokens.py", "cargo test -p decode", "go test ./pkg/llm/...",
    "npm test -- registry", "make check", "ruff check .", "mypy --strict src", "tox -e py312",
    "just eval-small", "pytest -q -k prompt_cache",
)
