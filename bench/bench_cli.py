"""CLI start-up: `handoff note "..."` end to end, in a fresh process each run.

    PYTHONPATH=. python bench/bench_cli.py [--quick]

Target: its median wall time <= 1.5x that of `python -c "from pydantic import BaseModel"`
measured interleaved in the same run. Then `-X importtime` shows where start-up goes.
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


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(
            f"{' '.join(argv[:4])} ... exited {proc.returncode}: {proc.stderr.decode()[-500:]}"
        )
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
    ("+ `from pydantic import BaseModel`", "from pydantic import BaseModel"),
    ("+ `import handoff.cli` (click + the CLI module)",
     "from pydantic import BaseModel; import handoff.cli"),
    ("+ `import handoff.store` (state, backend, events)",
     "from pydantic import BaseModel; import handoff.cli, handoff.store"),
    ("+ first `validate_data('note', ...)` (imports handoff.models, builds NoteData; "
     "the CLI's empty pydantic plugin loader)",
     "import handoff.cli, handoff.store; handoff.cli._without_pydantic_plugins(); "
     "handoff.events.validate_data('note', {'text': 'x'})"),
    ("+ `import handoff.privacy`",
     "import handoff.cli, handoff.store; handoff.cli._without_pydantic_plugins(); "
     "handoff.events.validate_data('note', {'text': 'x'}); import handoff.privacy"),
]


def ladder(env: dict[str, str], store: str, runs: int) -> None:
    """Wall time of fresh processes doing ever more of what `handoff note` does."""
    sides = {label: [sys.executable, "-c", code] for label, code in LADDER}
    if subprocess.run(sides[LADDER[-1][0]], env=env, capture_output=True).returncode != 0:
        del sides[LADDER[-1][0]]  # no handoff.privacy yet
    sides["full `handoff note` (+ open store, privacy check, append, publish, output)"] = [
        *entry_point()[0], "--store", store, "note", NOTE_TEXT]
    samples = interleaved(sides, env, runs)
    print(f"\n### start-up ladder: fresh processes doing ever more of `handoff note` "
          f"({runs} runs each, interleaved, medians)\n")
    print("| step | wall time | added by this step |")
    print("| --- | --- | --- |")
    previous = None
    for name in sides:
        value = med(samples[name])
        added = "" if previous is None else f"{(value - previous) * 1e3:+.1f} ms"
        print(f"| {name} | {fmt_time(value)} | {added} |")
        previous = value


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    print(f"## bench_cli{' (--quick)' if args.quick else ''}\n\n{env_line()}")
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
        note = [*cli, "--store", store, "note", NOTE_TEXT]
        sides = {
            "note": note,
            "latest": [*cli, "--store", store, "latest"],
            "pydantic": [sys.executable, "-c", "from pydantic import BaseModel"],
            "python": [sys.executable, "-c", "pass"],
        }
        samples = interleaved(sides, env, runs)
        t = Table("2. `handoff note \"...\"` end to end (fresh process per run)")
        t.ratio(f"`{cli_name} --store X note \"...\"`", med(samples["note"]),
                "`python -c \"from pydantic import BaseModel\"`", med(samples["pydantic"]), 1.5)
        t.ratio("`python -c \"from pydantic import BaseModel\"`", med(samples["pydantic"]),
                "`python -c pass`", med(samples["python"]), None)
        t.ratio(f"`{cli_name} ... note` (context)", med(samples["note"]),
                "`python -c pass`", med(samples["python"]), None)
        t.ratio(f"`{cli_name} --store X latest` (a read: no pydantic, no privacy rules)",
                med(samples["latest"]), "`python -c \"from pydantic import BaseModel\"`",
                med(samples["pydantic"]), None)
        t.note(f"{runs} runs per side, interleaved; medians of wall time around subprocess.run; "
               "durable (HANDOFF_DURABILITY unset); store grows by one note per run")
        t.note(f"spread (min-max): note {fmt_time(min(samples['note']))}-"
               f"{fmt_time(max(samples['note']))}, pydantic {fmt_time(min(samples['pydantic']))}-"
               f"{fmt_time(max(samples['pydantic']))}")
        t.print()

        prof_runs = 3 if args.quick else 7
        argv = [sys.executable, "-X", "importtime", "-m", "handoff.cli", "--store", store,
                "note", NOTE_TEXT]
        rows = import_profile(argv, env, prof_runs)
        print(f"\n### where start-up goes: `python -X importtime -m handoff.cli --store X note "
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


if __name__ == "__main__":
    main()
