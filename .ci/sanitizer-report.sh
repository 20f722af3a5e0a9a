#!/usr/bin/env bash
# Summarizes the reports a sanitizer wrote to .local/sanitizers/<kind>.<pid> (one file per process that found
# something): how many processes, and each distinct report's first line with its first frame in our code.
# Exit 1 when there is any report.
kind=$1
shopt -s nullglob
files=(.local/sanitizers/$kind.[0-9]*)
if [ ${#files[@]} -eq 0 ]; then echo "$kind: no reports"; exit 0; fi
echo "$kind: reports from ${#files[@]} process(es):"
for f in "${files[@]}"; do
  grep -h -E '^(==[0-9]+==ERROR|WARNING: ThreadSanitizer|SUMMARY)' "$f" | sort -u | sed 's/^/  /'
done | sort | uniq -c | sort -rn | head -40
exit 1
