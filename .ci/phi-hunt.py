#!/usr/bin/env python3
"""The PHI leak hunt (issue 16 item 4), run by `make test` after the suite: every log line the functions,
tools and in-process handlers wrote (PHI_HUNT_DIR: swift-test.log, functions/, in-process/) and every text
the local model endpoints received with redaction on (model-requests/*.jsonl) is searched for the
identifiers of the labelled corpora (the `phi` spans of each note). A hit prints where it is (file, line,
kind, note id) and never the identifier itself; exit 1 on any hit.

Matching, to keep false positives out: a span of at least 5 characters is searched as a whole string
(case-insensitive, bounded by non-alphanumerics, so a first name alone or a number inside a longer one
never matches); phones and national ids are also searched with their digits only when they have at least
9 digits; JSON lines are decoded first, so an escaped `\\/` or `\\u00e9` cannot hide a value.

usage: phi-hunt.py HUNT_DIR CORPUS_DIR...
"""
import glob, json, os, re, sys

DIGIT_KINDS = {"TELEFONO", "DNI", "CEDULA", "CURP", "CPF", "RUT", "RFC", "SSN", "EXPEDIENTE"}

def load_identifiers(corpus_dirs):
    identifiers = {}  # needle (casefolded) -> (kind, note id)
    for directory in corpus_dirs:
        for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
            note = json.load(open(path, encoding="utf-8"))
            for span in note.get("phi", []):
                text, kind = span["text"].strip(), span["kind"]
                if len(text) >= 5:
                    identifiers.setdefault(text.casefold(), (kind, note["id"]))
                digits = re.sub(r"\D", "", text)
                if kind in DIGIT_KINDS and len(digits) >= 9:
                    identifiers.setdefault(digits, (kind, note["id"]))
    return identifiers

def matcher(identifiers):
    # Longest first, so the reported kind is the most specific; \w-bounded on both sides.
    alternatives = "|".join(re.escape(n) for n in sorted(identifiers, key=len, reverse=True))
    return re.compile(r"(?<![0-9a-z\u00c0-\u024f])(?:" + alternatives + r")(?![0-9a-z\u00c0-\u024f])")

def strings_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)

def texts_of_line(line):
    """The raw line, and when it is JSON every string in it decoded."""
    yield line
    stripped = line.strip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            yield from strings_of(json.loads(stripped))
        except ValueError:
            pass

# Lines of the test runner itself (Swift Testing's symbols, XCTest's headers): they print test arguments,
# which are the tests' inputs, not anything a function or tool logged.
RUNNER_PREFIXES = ("\u25c7", "\u2714", "\u2718", "\u21b3", "\u2139", "\u26a0", "Test Suite ", "Test Case ")

def not_runner_output(line):
    return not line.lstrip().startswith(RUNNER_PREFIXES)

def hunt(path, pattern, identifiers, line_filter=None):
    hits = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            if line_filter and not line_filter(line):
                continue
            for text in texts_of_line(line):
                match = pattern.search(text.casefold())
                if match:
                    kind, note = identifiers[match.group(0)]
                    hits.append((path, number, kind, note))
                    break
    return hits

def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1]); return 2
    hunt_dir, corpus_dirs = sys.argv[1], sys.argv[2:]
    identifiers = load_identifiers(corpus_dirs)
    pattern = matcher(identifiers)
    logs = [p for p in glob.glob(os.path.join(hunt_dir, "**", "*"), recursive=True)
            if os.path.isfile(p) and not p.endswith(".jsonl")]
    requests = glob.glob(os.path.join(hunt_dir, "model-requests", "*.jsonl"))
    hits, lines, redacted_requests = [], 0, 0
    for path in logs:
        with open(path, "rb") as f:
            lines += sum(1 for _ in f)
        hits += hunt(path, pattern, identifiers, line_filter=not_runner_output if os.path.basename(path) == "swift-test.log" else None)
    for path in requests:
        # Only requests sent with redaction on must be free of PHI (tests of PHI_REDACTION=off send it on purpose).
        def redacted(line):
            try:
                return json.loads(line).get("redacted") is True
            except ValueError:
                return True
        with open(path, encoding="utf-8", errors="replace") as f:
            redacted_requests += sum(1 for line in f if redacted(line))
        hits += hunt(path, pattern, identifiers, line_filter=redacted)
    for path, number, kind, note in hits:
        print(f"PHI leak: {path}:{number}: a {kind} of corpus note {note}")
    print(f"phi-hunt: {len(identifiers)} corpus identifiers, {len(logs)} log files ({lines} lines), "
          f"{redacted_requests} redacted model requests: {len(hits)} leaks")
    return 1 if hits else 0

if __name__ == "__main__":
    sys.exit(main())
