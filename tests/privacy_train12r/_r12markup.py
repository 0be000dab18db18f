"""reStructuredText and Markdown fragments from project documentation, round 12."""

from __future__ import annotations

from _r12util import blocks, lines

FRAGMENTS = blocks(r"""
.. note::

   The ``--watch`` option is not available on Windows.
====
.. warning::
   Running ``fenwick dedupe`` without ``--dry-run`` modifies files in place.
====
.. contents:: Table of Contents
   :depth: 2
   :local:
====
.. toctree::
   :maxdepth: 2
   :caption: User guide

   install
   quickstart
   configuration
   faq
====
Installation
============
====
Configuration reference
-----------------------
====
.. code-block:: console

   $ pip install tessera[plot]
   $ tessera --version
====
.. versionadded:: 2.3
   The *encoding* parameter.
====
.. deprecated:: 3.1
   Use :func:`load_config` instead.
====
.. versionchanged:: 4.0
   Raises :exc:`ValueError` instead of returning ``None``.
====
.. image:: https://img.shields.io/pypi/v/quillmark.svg
   :target: https://pypi.org/project/quillmark/
   :alt: PyPI version
====
.. autoclass:: tarn.store.Store
   :members:
   :undoc-members:
====
.. automodule:: pyrrho.baseline
   :members: fit, subtract
====
.. list-table:: Supported boards
   :header-rows: 1

   * - Board
     - MCU
     - Status
   * - Blue Pill
     - STM32F103
     - stable
   * - Black Pill
     - STM32F411
     - beta
====
.. _install-from-source:

Installing from source
~~~~~~~~~~~~~~~~~~~~~~
====
See :ref:`install-from-source` and :doc:`configuration` for details.
====
.. include:: ../CHANGELOG.rst
====
.. figure:: _static/architecture.svg
   :width: 80%

   The indexer, the store and the query server.
====
.. tip:: Set ``GRAUPEL_LOG=debug`` to see every cache hit and miss.
====
.. seealso::

   :mod:`tessera.io`
      Reading and writing the file formats.
====
.. only:: html

   .. raw:: html

      <div class="hero">Fast builds, shared caches.</div>
====
=========  ========  ===========
Option     Default   Description
=========  ========  ===========
``jobs``   auto      Parallel jobs
``cache``  on        Enable the cache
=========  ========  ===========
====
[![CI](https://github.com/example/tarn/actions/workflows/ci.yml/badge.svg)](https://github.com/example/tarn/actions/workflows/ci.yml)
[![crates.io](https://img.shields.io/crates/v/kestrel.svg)](https://crates.io/crates/kestrel)
[![docs.rs](https://docs.rs/kestrel/badge.svg)](https://docs.rs/kestrel)
====
# Emberdb

Embedded key-value store. [Docs](https://emberdb.example/docs) · [Changelog](CHANGELOG.md) · [Discussions](https://github.com/example/emberdb/discussions)
====
## Table of contents

- [Installation](#installation)
- [Usage](#usage)
- [Configuration](#configuration)
- [FAQ](#faq)
- [License](#license)
====
> [!NOTE]
> The 2.x branch only receives security fixes.
====
> [!WARNING]
> Back up your data directory before upgrading across a major version.
====
<details>
<summary>Build on FreeBSD</summary>

Install `gmake` and `pkgconf`, then run `gmake` instead of `make`.

</details>
====
| Flag | Meaning |
|------|---------|
| `-n` | dry run |
| `-v` | verbose |
| `-j N` | parallel jobs |
====
### Options

| Key | Type | Default |
| --- | --- | --- |
| `timeout` | duration | `30s` |
| `retries` | integer | `3` |
| `log_level` | string | `"info"` |
====
:::{note}
MyST syntax works in this project's docs, so directives can be written in Markdown.
:::
====
```{eval-rst}
.. autofunction:: tessera.fit
```
====
---
title: Release process
sidebar_position: 4
---
====
!!! tip "Speed up CI"
    Cache the `~/.cache/graupel` directory between jobs.
====
=== "pip"

    ```
    pip install kiln
    ```

=== "conda"

    ```
    conda install -c conda-forge kiln
    ```
====
[tarn]: https://github.com/example/tarn
[sqlite]: https://sqlite.org
[xdg]: https://specifications.freedesktop.org/basedir-spec/latest/
====
Footnotes
---------

.. [#] Measured on a 2020 laptop with an NVMe disk.
.. [#] Without the optional plot dependencies.
====
.. glossary::

   segment
      A file holding a contiguous range of log records.

   compaction
      Merging segments to drop overwritten records.
====
.. code-block:: toml
   :caption: kestrel.toml

   [server]
   listen = "0.0.0.0:7070"
   workers = 4
====
.. |project| replace:: Glimmer Mono
.. |version| replace:: 3.2
====
.. highlight:: c
====
.. program:: fenwick

.. option:: --min-size SIZE

   Ignore files smaller than SIZE. Suffixes K, M and G are accepted.
====
.. important::
   The config file must be UTF-8 encoded.
====
.. admonition:: Historical note

   Versions before 1.0 called this option ``--threads``.
====
.. math::

   \sigma^2 = \frac{1}{N} \sum_{i=1}^{N} (x_i - \mu)^2
====
.. doctest::

   >>> from tessera import median
   >>> median([3, 1, 2])
   2
====
- [x] Linux
- [x] macOS
- [ ] Windows
- [ ] BSD
====
<p align="center">
  <img src="docs/logo.svg" width="160" alt="Lanternfall logo">
</p>
====
Changelog
=========

.. Entries below are collected from the changes/ directory at release time.
====
Reference
=========

* :doc:`api/store`
* :doc:`api/query`
* :ref:`config-keys`
""")

SHORT = lines(r"""
.. _quickstart:
:class:`~tarn.store.Store`
:meth:`Session.close`
:envvar:`GRAUPEL_CACHE_DIR`
:file:`/etc/nettle/nettle.conf`
:kbd:`Ctrl+Shift+P`
.. currentmodule:: tessera.io
.. module:: emberdb.tools
.. sectionauthor:: Katrin Vogt
.. index:: single: cache; remote
.. literalinclude:: ../examples/basic.py
#### Advanced usage
## API reference
### Environment variables
**Default:** `auto`
*New in 2.4.*
![Screenshot of the main window](docs/screenshot.png)
`--jobs`, `-j`: number of parallel jobs (default: number of CPUs).
""")

ITEMS: dict[str, list[str]] = {"rst_markdown_fragment": FRAGMENTS + SHORT}
