#!/usr/bin/env bash
# `make run`: start the local cloud (`lambda-local serve`) and walk a doctor's day through it with curl,
# printing each request and the essential part of each answer; then keep serving.
# Exits non-zero, naming the step, when a step fails. Needs the database URLs exported (the Makefile does it).
#   PORT (default 3000; a free port when taken), LAMBDA_LOCAL (default .build/debug/lambda-local),
#   WALKTHROUGH_EXIT=1 to stop the cloud after the walk instead of serving on (used by the tests).
set -uo pipefail
cd "$(dirname "$0")/.."
LAMBDA_LOCAL=${LAMBDA_LOCAL:-.build/debug/lambda-local}
PORT=${PORT:-3000}
STATE=.local
PDF=events/file-processor/lab-report-es.pdf
# A patient of its own per run, so that a second `make run` does not find the first run's copy of the report.
PATIENT=${PATIENT:-PAC-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$STATE"
SERVE_OUT="$STATE/serve.out" SERVE_LOG="$STATE/serve.log" SERVE_ERR="$STATE/serve.err"
: > "$SERVE_OUT"; : > "$SERVE_LOG"
# The PHI leak hunt of this walk (issue 16): the local cloud's model endpoint keeps every request it receives
# here, and the walk ends by hunting the logs and those requests (a fresh directory per run, never the suite's).
HUNT_DIR="$PWD/$STATE/phi-hunt-run"
rm -rf "$HUNT_DIR" && mkdir -p "$HUNT_DIR/serve" "$HUNT_DIR.ids"
export PHI_HUNT_DIR="$HUNT_DIR"

step_no=0
step() { step_no=$((step_no + 1)); STEP="$1"; printf '\n\033[1m== %d. %s\033[0m\n' "$step_no" "$1"; }
fail() {
  printf '\nmake run: step %d (%s) failed: %s\n' "$step_no" "$STEP" "$1" >&2
  [ -s "$SERVE_ERR" ] && { echo "last lines of the local cloud's log ($SERVE_ERR):" >&2; tail -n 15 "$SERVE_ERR" >&2; }
  exit 1
}
# json FILE EXPRESSION: a Python expression over `d` (the parsed answer); prints its value (JSON for lists/maps).
json() { python3 - "$1" "$2" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    v = eval(sys.argv[2], {"d": d, "json": json})
except Exception as e:
    sys.exit(1)
print(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
PY
}
# call METHOD PATH [BODY]: prints the curl line, runs it, leaves the body in $BODY_FILE and the status in $STATUS.
BODY_FILE="$STATE/walkthrough-answer.json"
call() {
  local method=$1 path=$2 data=${3-}
  local shown="curl -s -X $method $URL$path"
  local args=(-s -o "$BODY_FILE" -w '%{http_code}' -X "$method" "$URL$path")
  if [ -n "${TOKEN-}" ]; then args+=(-H "Authorization: Bearer $TOKEN"); shown+=' -H "Authorization: Bearer $TOKEN"'; fi
  if [ -n "$data" ]; then args+=(-H 'Content-Type: application/json' --data-binary "$data"); shown+=" -H 'Content-Type: application/json' -d '$(printf '%s' "$data" | cut -c1-90)$( [ ${#data} -gt 90 ] && echo …)'"; fi
  echo "\$ $shown"
  STATUS=$(curl "${args[@]}") || fail "curl could not reach $URL ($method $path)"
  echo "→ HTTP $STATUS"
}
expect_status() { [ "$STATUS" = "$1" ] || fail "expected HTTP $1, got $STATUS: $(head -c 300 "$BODY_FILE")"; }

step "start the local cloud (lambda-local serve)"
[ -x "$LAMBDA_LOCAL" ] || fail "$LAMBDA_LOCAL is not built (make build)"
"$LAMBDA_LOCAL" serve --port "$PORT" --log-file "$SERVE_LOG" > "$SERVE_OUT" 2> "$SERVE_ERR" &
SERVE_PID=$!
trap 'kill "$SERVE_PID" 2>/dev/null; wait "$SERVE_PID" 2>/dev/null' EXIT
trap 'echo; echo "stopping the local cloud"; exit 0' INT TERM
for _ in $(seq 1 300); do
  grep -q '^lambda-local serve: listening on ' "$SERVE_OUT" && break
  kill -0 "$SERVE_PID" 2>/dev/null || fail "lambda-local serve exited: $(tail -n 5 "$SERVE_ERR")"
  sleep 0.1
done
URL=$(sed -n 's/^lambda-local serve: listening on //p' "$SERVE_OUT" | head -n 1)
[ -n "$URL" ] || fail "lambda-local serve did not start within 30 s"
sed 's/^/  /' "$SERVE_OUT" | grep -v '^  $'
[ "$URL" = "http://127.0.0.1:$PORT" ] || echo "(port $PORT was taken: the local cloud is on $URL)"

step "health (open route)"
call GET /health
expect_status 200
echo "   status=$(json "$BODY_FILE" 'd["status"]') database=$(json "$BODY_FILE" 'd["database"]') version=$(json "$BODY_FILE" 'd["version"]')"

step "a doctor's token (lambda-local token, signed by the local issuer)"
echo "\$ TOKEN=\$($LAMBDA_LOCAL token --sub dra-gomez --group doctors --clinic clinic-mx-001 --email dra.gomez@clinica-ejemplo.mx)"
TOKEN=$("$LAMBDA_LOCAL" token --sub dra-gomez --group doctors --clinic clinic-mx-001 --email dra.gomez@clinica-ejemplo.mx) || fail "lambda-local token failed"
echo "   TOKEN=${TOKEN:0:24}… (${#TOKEN} characters)"

step "POST /summarize: a Spanish clinical note"
NOTE=$(python3 -c 'import json; print(json.load(open("events/summarizer/post-summarize-es.json"))["body"])') || fail "cannot read events/summarizer/post-summarize-es.json"
call POST /summarize "$NOTE"
expect_status 201
echo "   reportId=$(json "$BODY_FILE" 'd["reportId"]') status=$(json "$BODY_FILE" 'd["status"]') model=$(json "$BODY_FILE" 'd["model"]')"
echo "   summary: $(json "$BODY_FILE" '(d["summary"] if isinstance(d["summary"], str) else json.dumps(d["summary"], ensure_ascii=False)).replace(chr(10), " / ")[:400]')"

step "POST /uploads: a presigned URL for a PDF lab report"
[ -f "$PDF" ] || fail "$PDF is missing"
SIZE=$(stat -c %s "$PDF")
call POST /uploads "{\"patientId\":\"$PATIENT\",\"fileName\":\"lab-report-es.pdf\",\"contentType\":\"application/pdf\",\"sizeBytes\":$SIZE}"
expect_status 201
DOCUMENT=$(json "$BODY_FILE" 'd["documentId"]') || fail "no documentId in the answer"
UPLOAD_URL=$(json "$BODY_FILE" 'd["uploadUrl"]') || fail "no uploadUrl in the answer"
mapfile -t SIGNED < <(json "$BODY_FILE" '"\n".join(k + ": " + str(v) for k, v in d.get("headers", {}).items() if k.lower() not in ("host", "content-length"))')
echo "   documentId=$DOCUMENT, uploadUrl=${UPLOAD_URL%%\?*}?… (expires $(json "$BODY_FILE" 'd.get("expiresAt")'))"

step "PUT the PDF to the presigned URL, with the signed headers"
HEADER_ARGS=(); SHOWN=""
for h in "${SIGNED[@]}"; do [ -n "$h" ] && { HEADER_ARGS+=(-H "$h"); SHOWN+=" -H '$h'"; }; done
echo "\$ curl -s -X PUT${SHOWN} --data-binary @$PDF \"\$UPLOAD_URL\""
PUT_STATUS=$(curl -s -o "$BODY_FILE" -w '%{http_code}' -X PUT "${HEADER_ARGS[@]}" --data-binary "@$PDF" "$UPLOAD_URL") || fail "curl could not reach the local S3"
echo "→ HTTP $PUT_STATUS"
[ "$PUT_STATUS" = 200 ] || fail "the local S3 refused the upload: $(head -c 300 "$BODY_FILE")"

step "GET /documents/{id} until PROCESSED (S3 notification → file-processor → Data Automation → extraction)"
STATE_NOW=""
for _ in $(seq 1 120); do
  STATUS=$(curl -s -o "$BODY_FILE" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL/documents/$DOCUMENT")
  STATE_NOW=$(json "$BODY_FILE" 'd["status"]' 2>/dev/null || echo "?")
  [ "$STATE_NOW" = PROCESSED ] || [ "$STATE_NOW" = FAILED ] && break
  printf '   %s…\r' "$STATE_NOW"; sleep 1
done
printf '\n'
echo "\$ curl -s $URL/documents/$DOCUMENT -H \"Authorization: Bearer \$TOKEN\""
echo "→ HTTP $STATUS, status $STATE_NOW"
[ "$STATE_NOW" = PROCESSED ] || fail "document ended $STATE_NOW: $(json "$BODY_FILE" 'd.get("failureReason")' 2>/dev/null)"
echo "   extraction: $(json "$BODY_FILE" '{k: d["extraction"].get(k) for k in ("diagnosis", "medications", "followUp", "source")}' | cut -c1-600)"
echo "   chunks in the knowledge base: $(json "$BODY_FILE" 'd.get("chunkCount")')"

step "POST /chat: a question about that report"
call POST /chat "{\"message\":\"¿Cuál es la hemoglobina glucosilada de la paciente y qué tratamiento se indica?\",\"patientId\":\"$PATIENT\"}"
expect_status 200
echo "   reply: $(json "$BODY_FILE" 'd["reply"].replace(chr(10), " / ")[:500]')"
echo "   sources: $(json "$BODY_FILE" '[{k: s.get(k) for k in ("n", "fileName", "page", "score")} for s in d["sources"]]' | cut -c1-400)"

step "GET /usage: this month's model calls and cost"
call GET /usage
expect_status 200
echo "   $(json "$BODY_FILE" 'd' | cut -c1-500)"

step "PHI leak hunt: the walk's logs and every model request (.ci/phi-hunt.py)"
# The walk's own identifiers (the note's and the lab report's patients, this run's patient id) and the corpora's.
printf '{"id":"walkthrough-run","phi":[{"text":"%s","kind":"EXPEDIENTE"}]}\n' "$PATIENT" > "$HUNT_DIR.ids/run.json"
for log in "$SERVE_LOG" "$SERVE_ERR" "$SERVE_OUT"; do cp "$log" "$HUNT_DIR/serve/"; done
echo "\$ python3 .ci/phi-hunt.py $STATE/phi-hunt-run .ci/walkthrough-phi Tests/ClinicalTests/Corpus Tests/ClinicalHeldOut"
python3 .ci/phi-hunt.py "$HUNT_DIR" .ci/walkthrough-phi "$HUNT_DIR.ids" Tests/ClinicalTests/Corpus Tests/ClinicalHeldOut \
  || fail "PHI reached a log or a model request (file and line above; the values are never printed)"
ls "$HUNT_DIR"/model-requests/*.jsonl >/dev/null 2>&1 || fail "no model request was kept for the hunt (PHI_HUNT_DIR not reaching the local cloud)"

cat <<EOF

The doctor's day worked end to end. The local cloud keeps serving on $URL (logs: $SERVE_ERR, JSON lines: $SERVE_LOG).
Continue with:
  TOKEN=\$($LAMBDA_LOCAL token --sub dr-1 --group doctors --clinic clinic-mx-001)
  curl -H "Authorization: Bearer \$TOKEN" $URL/patients/$PATIENT/reports
  Ctrl-C (or kill $SERVE_PID) stops it
EOF
[ "${WALKTHROUGH_EXIT:-0}" = 1 ] && exit 0
wait "$SERVE_PID"
