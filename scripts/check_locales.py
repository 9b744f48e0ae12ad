#!/usr/bin/env python3
"""Second, independent check of the Fluent files with Python's fluent.syntax:
every file parses with no Junk, every language has every English id, and no
select expression chooses plural variants on a bare number (use PLURAL())."""
import pathlib
import sys

from fluent.syntax import FluentParser, ast, visitor

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"
PLURAL_KEYS = {"zero", "one", "two", "few", "many"}
errors = []


class SelectCheck(visitor.Visitor):
    def __init__(self, where):
        super().__init__()
        self.where = where

    def visit_SelectExpression(self, node):
        keys = {v.key.name for v in node.variants if isinstance(v.key, ast.Identifier)}
        bare = isinstance(node.selector, ast.VariableReference)
        if bare and keys & PLURAL_KEYS:
            errors.append(f"{self.where}: plural variants on a bare variable; use PLURAL(${node.selector.id.name})")
        self.generic_visit(node)


ids = {}
for lang_dir in sorted(p for p in ROOT.iterdir() if p.is_dir()):
    found = set()
    for f in sorted(lang_dir.rglob("*.ftl")):
        res = FluentParser().parse(f.read_text(encoding="utf-8"))
        for entry in res.body:
            where = f"{f.relative_to(ROOT)}"
            if isinstance(entry, ast.Junk):
                errors.append(f"{where}: does not parse: {entry.annotations[0].message if entry.annotations else entry.content[:60]}")
            elif isinstance(entry, (ast.Message, ast.Term)):
                name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
                if name in found:
                    errors.append(f"{where}: duplicate id {name}")
                found.add(name)
                SelectCheck(f"{where} {name}").visit(entry)
    ids[lang_dir.name] = found

ref = ids.get("en", set())
for lang, found in ids.items():
    for missing in sorted(ref - found):
        errors.append(f"{lang}: missing {missing}")
    for extra in sorted(found - ref):
        errors.append(f"{lang}: {extra} is not in en")

for e in errors[:40]:
    print(e, file=sys.stderr)
if len(errors) > 40:
    print(f"... and {len(errors) - 40} more", file=sys.stderr)
print(f"locales: {sum(len(v) for v in ids.values())} messages in {len(ids)} languages, {len(errors)} problems")
sys.exit(1 if errors else 0)
