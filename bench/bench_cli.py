"""CLI start-up: `handoff note "..."`, `handoff show`, `handoff brief`, end to end, in a
fresh process each run.

    PYTHONPATH=. python bench/bench_cli.py [--quick]

Targets (issue 13), each against `python -c "from pydantic import BaseModel"` measured
interleaved in the same run: `note` <= 1.0x its median wall time (stretch 0.8x), `show`
and `brief` <= 0.6x. The child's CPU time (user+sys, from wait4) is shown beside wall
time: on a loaded machine it moves less. Then the same commands through click
(`python -m handoff.cli`, no fast path) give the click and CLI-module share, `-X importtime`
shows where a note's start-up goes, and a ladder adds one piece at a time.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PROJECT, Table, env_line, fmt_time, med, parse_args, scratch_dir

NOTE_TEXT = "CI is green on the append branch; next session: run the benchmarks and open the PR"


def entry_point() -> tuple[list[str], str]:
    script = Path(sys.executable).parent / "handoff"
    if script.exists():
        return [str(script)], str(script)
    return [sys.executable, "-m", "handoff.cli"], "python -m handoff.cli"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("HANDOFF_DURABILITY", None)  # the default: durable
    env.pop("HANDOFF_HOME", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    return env


CPU: dict[str, list[float]] = {}
"""Child CPU seconds (user+sys) of every timed run, by the argv's text."""


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read() if proc.stderr else b""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} ... exited {proc.returncode}: {stderr.decode()[-500:]}")
    CPU.setdefault(" ".join(argv), []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")



def interleaved(sides: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """Warm every side up once (creates the store, fills the OS and pyc caches), then time
    them in alternating order so drift on a shared machine hits every side alike."""
    for argv in sides.values():
        timed(argv, env)
    samples: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for r in range(runs):
        for name in names if r % 2 == 0 else names[::-1]:
            samples[name].append(timed(sides[name], env))
    return samples

def import_profile(argv: list[str], env: dict[str, str], runs: int) -> list[tuple[str, int, int, int]]:
    """(module, depth, median self µs, median cumulative µs) from `-X importtime`."""
    seen: dict[str, tuple[int, list[int], list[int]]] = {}
    for _ in range(runs):
        proc = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
        for line in proc.stderr.decode().splitlines():
            m = IMPORT_LINE.match(line)
            if not m:
                continue
            self_us, cum_us, indent, name = int(m[1]), int(m[2]), m[3], m[4]
            depth = (len(indent) - 1) // 2
            entry = seen.setdefault(name, (depth, [], []))
            entry[1].append(self_us)
            entry[2].append(cum_us)
    rows = [(name, depth, int(statistics.median(s)), int(statistics.median(c)))
            for name, (depth, s, c) in seen.items()]
    rows.sort(key=lambda r: r[3], reverse=True)
    return rows


LADDER = [
    ("`python -c pass` (interpreter)", "pass"),
    ("+ `import handoff.store` (state, backend, events)", "import handoff.store"),
    ("+ `import handoff.privacy`", "import handoff.store, handoff.privacy"),
    ("+ first `validate_data('note', ...)` (handoff.validator: compiled pydantic-core, note and scope "
     "validators)",
     "import handoff.store, handoff.privacy, handoff.validator as v; v.validate_data('note', {'text': 'x'}); "
     "v.validate_scope({'agent': 'a'})"),
    ("(for scale, on top of the validator step) `import handoff.models`: the pydantic models a write "
     "imported before issue 13",
     "import handoff.store, handoff.privacy, handoff.validator as v; v.validate_data('note', {'text': 'x'}); "
     "v.validate_scope({'agent': 'a'}); import handoff.models"),
]
"""Fresh processes doing ever more of what `handoff note` does; the models step is for
scale only (no command imports them now), and the ladder ends with the full note by the
fast path and through click."""


def ladder(env: dict[str, str], store: str, runs: int) -> None:
    """Wall time of fresh processes doing ever more of what `handoff note` does."""
    sides = {label: [sys.executable, "-c", code] for label, code in LADDER}
    sides["full `handoff note` by the fast path (open store, privacy check, append, publish, output; "
          "no click, no models)"] = [*entry_point()[0], "--store", store, "note", NOTE_TEXT]
    sides["+ click and the CLI module: the same note through `python -m handoff.cli`"] = [
        sys.executable, "-m", "handoff.cli", "--store", store, "note", NOTE_TEXT]
    samples = interleaved(sides, env, runs)
    print(f"\n### start-up ladder: fresh processes doing ever more of `handoff note` "
          f"({runs} runs each, interleaved, medians)\n")
    print("| step | wall time | added by this step |")
    print("| --- | --- | --- |")
    names = list(sides)
    models_step = LADDER[-1][0]
    order = [n for n in names if n != models_step] + [models_step]
    previous = None
    for name in order:
        value = med(samples[name])
        if name == models_step:  # for scale: on top of the validator step, not of the full note
            previous = med(samples[LADDER[-2][0]])
        added = "" if previous is None else f"{(value - previous) * 1e3:+.1f} ms"
        print(f"| {name} | {fmt_time(value)} | {added} |")
        previous = value


READ_LADDER = [
    ("`python -c pass` (interpreter)", "pass"),
    ("`import orjson` alone (its init imports dataclasses, inspect, uuid, platform, json)", "import orjson"),
    ("`import handoff.store` (what a read imports before its command's own modules)", "import handoff.store"),
    ("`import handoff.store, handoff.jsonread` and parse latest.json with `jsonread.parse`",
     "import handoff.store, handoff.jsonread as j; j.parse(open(STORE + '/latest.json', 'rb').read())"),
]
"""Fresh processes for what a `show` or `brief` pays before its own work: orjson's share is
the part a read that only parses can drop (handoff.jsonread)."""


def read_ladder(env: dict[str, str], store: str, runs: int) -> None:
    sides = {label: [sys.executable, "-c", code.replace("STORE", repr(store))] for label, code in READ_LADDER}
    sides["full `handoff show`"] = [*entry_point()[0], "--store", store, "show"]
    sides["full `handoff brief`"] = [*entry_point()[0], "--store", store, "brief"]
    samples = interleaved(sides, env, runs)
    print(f"\n### what a read pays: fresh processes ({runs} runs each, interleaved, medians of wall "
          "and of the child's CPU time)\n")
    print("| process | wall | CPU |")
    print("| --- | --- | --- |")
    for name, argv in sides.items():
        print(f"| {name} | {fmt_time(med(samples[name]))} | {fmt_time(med(CPU[' '.join(argv)][1:]))} |")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    print(f"## bench_cli{' (--quick)' if args.quick else ''}\n\n{env_line()}; load average (1, 5, 15 min) "
          f"at the start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not (PROJECT / "handoff" / "cli.py").exists():
        print("\nhandoff/cli.py does not exist yet: skipped")
        return
    runs = 5 if args.quick else 21
    cli, cli_name = entry_point()
    env = child_env()
    # An installed package ships bytecode. In a checkout run with PYTHONDONTWRITEBYTECODE
    # (set on these machines) every process would otherwise recompile handoff's modules.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PROJECT / "handoff")], check=True)
    with scratch_dir("cli-") as work:
        store = str(work / "store")
        subprocess.run([*cli, "--store", store, "note", "seed", "--next", "a first action"], env=env,
                       check=True, capture_output=True)
        click_cli = [sys.executable, "-m", "handoff.cli"]
        sides = {
            "note": [*cli, "--store", store, "note", NOTE_TEXT],
            "show": [*cli, "--store", store, "show"],
            "brief": [*cli, "--store", store, "brief"],
            "pydantic": [sys.executable, "-c", "from pydantic import BaseModel"],
            "python": [sys.executable, "-c", "pass"],
            "note via click": [*click_cli, "--store", store, "note", NOTE_TEXT],
            "show via click": [*click_cli, "--store", store, "show"],
        }
        samples = interleaved(sides, env, runs)

        def cpu(name: str) -> float:
            return med(CPU[" ".join(sides[name])][1:])  # the first is the warm-up

        base = "`python -c \"from pydantic import BaseModel\"`"
        t = Table("2. `handoff note`, `show`, `brief` end to end vs importing pydantic (fresh process per run)")
        for name, target in (("note", 1.0), ("show", 0.6), ("brief", 0.6)):
            shown = f"\"{NOTE_TEXT[:20]}...\"" if name == "note" else ""
            t.ratio(f"`{cli_name} --store X {name} {shown}`".replace(" `", "`"), med(samples[name]), base,
                    med(samples["pydantic"]), target)
        for name in ("note", "show", "brief"):
            t.ratio(f"CPU time of `{name}` (user+sys)", cpu(name), "same baseline", cpu("pydantic"), None)
        t.ratio("`handoff note` stretch target", med(samples["note"]), base, med(samples["pydantic"]), 0.8)
        for name in ("note", "show"):
            t.ratio(f"`{name}` through click (`python -m handoff.cli`, no fast path)",
                    med(samples[f"{name} via click"]), base, med(samples["pydantic"]), None)
        t.ratio(f"{base} (context)", med(samples["pydantic"]), "`python -c pass`", med(samples["python"]), None)
        t.note(f"{runs} runs per side, interleaved; medians of wall time around the child; CPU rows: "
               "medians of the child's user+sys time; durable (HANDOFF_DURABILITY unset); the store "
               "grows by one note per `note` run")
        t.note(f"spread (min-max): note {fmt_time(min(samples['note']))}-{fmt_time(max(samples['note']))}, "
               f"show {fmt_time(min(samples['show']))}-{fmt_time(max(samples['show']))}, pydantic "
               f"{fmt_time(min(samples['pydantic']))}-{fmt_time(max(samples['pydantic']))}")
        t.note(f"click and the CLI module: +{(med(samples['note via click']) - med(samples['note'])) * 1e3:.1f} ms "
               f"on a note, +{(med(samples['show via click']) - med(samples['show'])) * 1e3:.1f} ms on a show "
               "(the same command without the fast path)")
        t.print()

        prof_runs = 3 if args.quick else 7
        argv = [sys.executable, "-X", "importtime", *cli, "--store", store, "note", NOTE_TEXT]
        rows = import_profile(argv, env, prof_runs)
        print(f"\n### where start-up goes: `python -X importtime {cli_name} --store X note "
              f"\"...\"`, top 15 by cumulative time (median of {prof_runs} runs)\n")
        print("| cumulative | self | depth | module |")
        print("| --- | --- | --- | --- |")
        for name, depth, self_us, cum_us in rows[:15]:
            print(f"| {cum_us / 1000:.1f} ms | {self_us / 1000:.1f} ms | {depth} | "
                  f"{'· ' * depth}{name} |")
        total = sum(r[2] for r in rows)
        handoff_self = sum(r[2] for r in rows if r[0].split(".")[0] == "handoff")
        print(f"\n- all imports: {total / 1000:.1f} ms (sum of self times); handoff's own "
              f"modules: {handoff_self / 1000:.1f} ms self")
        loaded = sorted(
            top for top in {r[0].split(".")[0] for r in rows}
            if top not in sys.stdlib_module_names and not top.startswith("_")
            and top not in ("org", "sitecustomize")
        )
        print(f"- non-stdlib packages imported: {', '.join(loaded)}")
        stdlib = sorted({r[0] for r in rows if r[0].split(".")[0] in sys.stdlib_module_names
                         and r[1] <= 1 and r[3] >= 2000})
        if stdlib:
            print(f"- heavier stdlib imports (>= 2 ms cumulative): {', '.join(stdlib)}")

        ladder(env, store, runs)
        read_ladder(env, store, runs)
        print(f"\nload average (1, 5, 15 min) at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
