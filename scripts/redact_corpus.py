#!/usr/bin/env python3
"""Checks, and with --fix recomputes, the character offsets of the
anonymization corpus (tests/fixtures/redact/corpus.jsonl) from each span's
labelled text: the first occurrence, or the occurrence given by an optional
"nth" field (0-based). Python string indices are Unicode scalar values, the
same unit as Rust chars."""
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/redact/corpus.jsonl"
fix = "--fix" in sys.argv[1:]
problems = 0
rows = []
for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    row = json.loads(line)
    for span in row["spans"]:
        at = -1
        for _ in range(span.get("nth", 0) + 1):
            at = row["text"].find(span["text"], at + 1)
        if at < 0:
            print(f"line {n} ({row['id']}): «{span['text']}» not in the text", file=sys.stderr)
            problems += 1
            continue
        want = (at, at + len(span["text"]))
        if (span.get("start"), span.get("end")) != want:
            if fix:
                span["start"], span["end"] = want
            else:
                print(f"line {n} ({row['id']}): offsets of «{span['text']}» should be {want}", file=sys.stderr)
                problems += 1
    row["spans"].sort(key=lambda s: s["start"])
    rows.append(row)
if fix and not problems:
    PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"corpus: {len(rows)} sentences, {problems} problems")
sys.exit(1 if problems else 0)
