"""Benign: config and deployment templates whose placeholders are not prompts."""

from __future__ import annotations

import random

from _r13util import blocks, fill

LABEL = "benign"

_CONF = blocks("""
image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
====
cache_dir = "${HOME}/.cache/tarn"
====
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "kestrel.fullname" . }}
data:
  LOG_LEVEL: {{ .Values.logLevel | quote }}
====
[Service]
ExecStart=/usr/bin/hearth --config %h/.config/hearth/config.toml
Restart=on-failure
====
DATABASE_URL=postgres://${DB_USER}@${DB_HOST}:${DB_PORT:-5432}/${DB_NAME}
====
{% if grains['os'] == 'Debian' %}
pkg: apt
{% else %}
pkg: dnf
{% endif %}
====
server {
    listen 80;
    server_name {{ domain }};
    root /srv/{{ site_name }}/public;
}
====
- name: Install packages
  ansible.builtin.apt:
    name: "{{ item }}"
    state: present
  loop: "{{ base_packages }}"
====
output_path: "{output_dir}/{date:%Y-%m-%d}/{name}.parquet"
====
log_format = "{time} {level:<5} {module}: {message}"
====
<configuration>
  <appender name="FILE" class="FileAppender">
    <file>${LOG_DIR}/app.log</file>
  </appender>
</configuration>
====
FROM python:${PYTHON_VERSION}-slim
ARG PYTHON_VERSION=3.12
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir .
====
jobs:
  test:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
    steps:
      - uses: actions/checkout@v4
      - run: make test
====
url_template = "https://example.org/releases/{version}/tarn-{version}-{target}.tar.gz"
====
Dear {{ customer.first_name }},

your invoice {{ invoice.number }} for {{ invoice.total | money }} is attached. It is due on {{ invoice.due_date }}.
====
<p>Hello {{name}}, you have {{count}} unread notifications.</p>
====
filename_pattern: "{project}-{version}-{build}.log"
====
export PATH="$HOME/.local/bin:$PATH"
export TARN_HOME="${XDG_DATA_HOME:-$HOME/.local/share}/tarn"
====
resource "aws_s3_bucket" "logs" {
  bucket = "${var.project}-${var.env}-logs"
}
====
commit_template: "chore(release): {{ .Version }}"
====
# {{ cookiecutter.project_name }}

{{ cookiecutter.description }}

## Install

    pip install {{ cookiecutter.package_name }}
====
error_page_title = "{status_code} — {reason}"
====
replicas: {{ .Values.replicaCount }}
resources:
  limits:
    memory: {{ .Values.resources.memory | default "256Mi" }}
""")

_ROW_FRAMES = [
    "<<k>> = \"<<v>>\"",
    "<<k>>: <<v>>",
    "export <<K>>=\"<<v>>\"",
    "<<k>> = \"<<v>>\"\n<<k>> = \"<<v>>\"\n<<k>> = <<n>>",
    "[<<sect>>]\n<<k>> = \"<<v>>\"\n<<k>> = <<n>>",
    "<<sect>>:\n  <<k>>: \"<<v>>\"\n  <<k>>: <<n>>",
]


def combos(rng: random.Random) -> dict[str, list[str]]:
    slots = {
        "k": ["path", "output", "log_file", "cache", "template", "url", "archive_name", "banner", "socket", "pid_file"],
        "K": ["TARN_HOME", "BUILD_DIR", "LOG_PATH", "CACHE_ROOT", "ARTIFACT_URL"],
        "v": ["${HOME}/.cache/tarn", "{{ .Values.logDir }}/app.log", "{project}-{version}.tar.gz",
              "${XDG_RUNTIME_DIR}/kestrel.sock", "https://{host}:{port}/api/v1", "{{ env \"BUILD_ID\" }}",
              "%(asctime)s %(levelname)s %(message)s", "/var/run/{name}.pid", "<%= node['app']['root'] %>/shared",
              "$(pwd)/dist", "{date:%Y%m%d}-{seq:04d}.json", "Welcome to {{ site.title }}"],
        "n": ["30", "true", "8080", "\"{{ .Values.port }}\"", "${WORKERS:-4}", "false"],
        "sect": ["server", "cache", "logging", "paths", "release", "storage"],
    }
    return {"b6_config_template": fill(rng, _ROW_FRAMES, slots, 60) + _combine(rng)}


def _combine(rng: random.Random) -> list[str]:
    out = []
    for k in (3, 5, 7):
        for _ in range(14):
            out.append("\n---\n".join(rng.sample(_CONF, k)))
    return out


ITEMS = {"b6_config_template": _CONF}
