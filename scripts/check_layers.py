#!/usr/bin/env python3
"""Checks the core's layering, as docs/architecture.md states it:

- no import cycles among the top-level modules of src/ (a module may name
  another in `use crate::...` or `crate::x::` paths only if that one never
  names it back, directly or through others);
- no source file over 500 lines (not counting its unit tests) unless its
  first lines say why ("Long on purpose: ...").

Exits 1 and lists what is wrong. Doc comments and comments do not count.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
LIMIT = 500


def code_of(text: str) -> str:
    """The text without comments and string literals."""
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def names_in(block: str) -> set[str]:
    """First segments of the paths inside a `use crate::{...}` group."""
    names, depth, current = set(), 0, ""
    for ch in block:
        if ch == "{":
            if depth == 0 and current.strip():
                names.add(current.strip().split("::")[0])
            depth += 1
            current = ""
        elif ch == "}":
            depth -= 1
            current = ""
        elif ch == "," and depth == 0:
            if current.strip():
                names.add(current.strip().split("::")[0])
            current = ""
        elif depth == 0:
            current += ch
    if current.strip():
        names.add(current.strip().split("::")[0])
    return {n.strip() for n in names if n.strip()}


def graph() -> dict[str, set[str]]:
    modules = {
        p.stem if p.is_file() else p.name
        for p in SRC.iterdir()
        if (p.suffix == ".rs" and p.stem not in ("lib", "main")) or (p.is_dir() and p.name != "bin")
    }
    deps: dict[str, set[str]] = {m: set() for m in modules}
    for path in SRC.rglob("*.rs"):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "bin" or rel.name == "lib.rs":
            continue
        top = rel.parts[0].removesuffix(".rs")
        code = code_of(path.read_text())
        found = set(re.findall(r"\bcrate::([a-z_]+)\b", code))
        for group in re.findall(r"use crate::\{(.*?)\};", code, re.S):
            found |= names_in(group)
        deps[top] |= {m for m in found if m in modules and m != top}
    return deps


def cycles(deps: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(deps[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(deps):
        if v not in index:
            visit(v)
    return out


def long_files() -> list[str]:
    bad = []
    for path in sorted(list(SRC.rglob("*.rs")) + list((ROOT / "src-tauri" / "src").rglob("*.rs"))):
        lines = path.read_text().splitlines()
        # Unit tests beside the code do not count.
        code = lines[: next((i for i, l in enumerate(lines) if l.startswith("#[cfg(test)]")), len(lines))]
        if len(code) > LIMIT and not any("Long on purpose" in l for l in lines[:30]):
            bad.append(f"{path.relative_to(ROOT)}: {len(code)} lines, no reason at its top")
    return bad


def main() -> int:
    deps = graph()
    problems = [f"import cycle: {' <-> '.join(c)}" for c in cycles(deps)]
    problems += long_files()
    if "-v" in sys.argv:
        for m in sorted(deps):
            print(f"{m} -> {', '.join(sorted(deps[m])) or '-'}")
    for p in problems:
        print(p)
    print(f"layers: {len(deps)} modules, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
