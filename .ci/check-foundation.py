#!/usr/bin/env python3
"""Fails if Foundation (FoundationEssentials, _FoundationCollections, ...) or the regex runtime (_StringProcessing,
_RegexParser) comes back into a Foundation-free executable (issue 18: `health`'s stripped size; README "Start-up and
the API path").

SwiftPM links every object of every module an executable depends on, so one `import FoundationEssentials` that is
used anywhere in the graph brings all of Foundation (~8 MB) back. Two checks per executable:
  1. the built binary: no symbol (defined or undefined) of those modules, and no such shared library in NEEDED;
  2. the objects of every module in its dependency graph (`swift package describe`): `nm -u` names the file to fix.

usage: .ci/check-foundation.py [--bin-dir .build/debug] health authorizer
"""
import json
import re
import subprocess
import sys
from pathlib import Path

FORBIDDEN = re.compile(r"Foundation|_StringProcessing|_RegexParser")


def graph(executable: str) -> list[str]:
    described = json.loads(subprocess.run(["swift", "package", "describe", "--type", "json"], check=True,
                                          capture_output=True, text=True).stdout)
    targets = {t["name"]: t for t in described["targets"]}
    seen, todo = [], [executable]
    while todo:
        name = todo.pop()
        if name in seen or name not in targets:
            continue
        seen.append(name)
        todo.extend(targets[name].get("target_dependencies") or [])
    return [targets[name]["c99name"] for name in seen]


def forbidden_symbols(path: Path, undefined_only: bool) -> list[str]:
    args = ["nm", "-u", str(path)] if undefined_only else ["nm", str(path)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return sorted({line.split()[-1] for line in out.splitlines() if FORBIDDEN.search(line)})


def main() -> int:
    argv = sys.argv[1:]
    bin_dir = Path(".build/debug")
    if argv[:1] == ["--bin-dir"]:
        bin_dir, argv = Path(argv[1]), argv[2:]
    failed = False
    for executable in argv:
        problems = []
        binary = bin_dir / executable
        if not binary.exists():
            print(f"check-foundation: {binary} is not built", file=sys.stderr)
            return 2
        symbols = forbidden_symbols(binary, undefined_only=False)
        if symbols:
            problems.append(f"{binary}: {len(symbols)} Foundation/regex symbols, e.g. {symbols[0]}")
        needed = subprocess.run(["readelf", "-d", str(binary)], check=True, capture_output=True, text=True).stdout
        # Every Swift module imports _StringProcessing implicitly, so a debug (shared stdlib) link always NEEDs it:
        # only Foundation counts here; the symbols above tell whether the regex runtime is used.
        problems += [f"{binary} needs {line.split()[-1]}" for line in needed.splitlines() if "NEEDED" in line and "Foundation" in line]
        for module in graph(executable):
            for obj in sorted((bin_dir / f"{module}.build").glob("*.o")):
                used = forbidden_symbols(obj, undefined_only=True)
                if used:
                    problems.append(f"{obj} uses {len(used)}, e.g. {used[0]}")
        if problems:
            failed = True
            print(f"check-foundation: {executable} links Foundation (keep such code in the modules only the model "
                  f"functions use: AWSClients, Store, APIHandling over their *Core):", file=sys.stderr)
            for problem in problems:
                print("  " + problem, file=sys.stderr)
        else:
            print(f"check-foundation: {executable} ({binary}) links no Foundation, _StringProcessing or _RegexParser")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
