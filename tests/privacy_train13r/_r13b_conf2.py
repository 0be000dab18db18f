"""Benign, one of a kind: config, build and message templates written out by hand."""

from __future__ import annotations

from _r13util import blocks

LABEL = "benign"

_CONF = blocks("""
[Unit]
Description=tarn sync for %i
After=network-online.target

[Service]
ExecStart=/usr/bin/tarn sync --remote %i
====
- name: Template the config
  ansible.builtin.template:
    src: kestrel.toml.j2
    dest: "/etc/kestrel/{{ inventory_hostname }}.toml"
    mode: "0640"
====
version: "3.9"
services:
  db:
    image: "postgres:${PG_VERSION:-16}"
    volumes:
      - "${DATA_DIR}/pg:/var/lib/postgresql/data"
====
{{- define "emberdb.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}
====
CC ?= gcc
CFLAGS ?= -O2 -Wall
$(BUILD)/%.o: src/%.c
	$(CC) $(CFLAGS) -c $< -o $@
====
"Downloaded {count} of {total} files ({percent:.0f}%)"
====
msgid "Deleted %(count)d snapshots"
msgstr "%(count)d Schnappschüsse gelöscht"
====
[build]
target-dir = "${CARGO_TARGET_DIR}"
====
<Directory "{{ docroot }}">
    AllowOverride None
    Require all granted
</Directory>
====
name: release
on:
  push:
    tags: ["v*"]
env:
  VERSION: ${{ github.ref_name }}
====
{% for host in groups['web'] %}
server {{ hostvars[host]['ansible_host'] }}:8080;
{% endfor %}
====
notify:
  slack:
    text: "Deploy of {{ service }} to {{ env }} finished in {{ duration }}s"
====
export const greeting = (name: string) => `Hello, ${name}! Your build #${buildNumber} passed.`;
====
<title>{{ page.title }} · {{ site.name }}</title>
====
[formatter_default]
format = %(asctime)s %(name)s %(levelname)s %(message)s
====
snapshot_name = "{host}-{date:%Y%m%dT%H%M}"
====
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
ENV PATH="/opt/tarn/bin:${PATH}"
====
{{ if .Values.ingress.enabled }}
host: {{ .Values.ingress.host | required "ingress.host is required" }}
{{ end }}
====
Subject: [kestrel] Job {{ job.name }} failed on {{ job.runner }}

The job {{ job.name }} failed after {{ job.duration }}. Logs: {{ job.log_url }}
====
# .env.example
APP_URL=http://localhost:${PORT}
CACHE_DIR=${HOME}/.cache/app
====
default_branch_template: "release/{major}.{minor}"
====
"%s: %d files changed, %d insertions(+), %d deletions(-)"
""")

ITEMS = {"b6_config_template": _CONF}
