#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets under Tests/Fuzz/Corpus/<target>/ (hand-made inputs and
the events/ fixtures). Tokens are signed with the fuzz-only key in Sources/Fuzz/FuzzTargets/FuzzKeys.swift,
with the claims the targets' fixed clock (2026-01-01) accepts. Run from the repository root; idempotent."""
import base64, glob, json, os, re, subprocess, tempfile

ROOT = "Tests/Fuzz/Corpus"
ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_FuzzPool"
CLIENT = "fuzz-app-client"
NOW = 1767225600
SEP = b"\xff"

def b64u(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def write(target, name, data):
    os.makedirs(f"{ROOT}/{target}", exist_ok=True)
    with open(f"{ROOT}/{target}/{name}", "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

pem = re.search(r'"""\n(.*?)\n\s*"""', open("Sources/Fuzz/FuzzTargets/FuzzKeys.swift").read(), re.S).group(1)
pem = "\n".join(line.strip() for line in pem.splitlines()) + "\n"
keyfile = tempfile.NamedTemporaryFile("w", suffix=".pem", delete=False); keyfile.write(pem); keyfile.close()

def sign(header, claims):
    signing_input = b64u(header) + "." + b64u(claims)
    sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", keyfile.name], input=signing_input.encode(), capture_output=True, check=True).stdout
    return signing_input + "." + b64u(sig)

HEADER = b'{"alg":"RS256","kid":"fuzz-key-1"}'
def claims(**changes):
    c = {"sub": "doctor-sub-1", "iss": ISSUER, "aud": CLIENT, "token_use": "id", "iat": NOW - 60, "exp": NOW + 10 * 365 * 86400,
         "cognito:groups": ["doctors"], "custom:clinicId": "clinic-mx-001", "email": "doctor@example.org"}
    c.update(changes)
    return json.dumps({k: v for k, v in c.items() if v is not None}, separators=(",", ":")).encode()

valid = sign(HEADER, claims())
admin = sign(HEADER, claims(**{"cognito:groups": ["admins"], "sub": "admin-sub-1"}))

# json
for i, text in enumerate(['{}', '[1,2,{"a":"b"}]', '"\\ud83d\\ude00 \\u00e9"', '{"a":1e10,"b":-0.5,"c":[true,false,null]}',
                          '{"a":1,"a":2}', '[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]', '{"k":"\\u0000\\n\\t\\"\\\\\\/"}', '-0.0e-7']):
    write("json", f"hand-{i}.json", text)
for path in ["events/summarizer/post-summarize-es.json", "events/authorizer/request-v1.json"]:
    write("json", "fixture-" + os.path.basename(path), open(path, "rb").read())

# apigateway: every API Gateway fixture, plus small hand-made events
for path in sorted(glob.glob("events/*/*.json")):
    data = json.load(open(path))
    if "httpMethod" in data or data.get("version") == "2.0" and "routeKey" in data and "type" not in data:
        write("apigateway", path.split("/")[1] + "-" + os.path.basename(path), open(path, "rb").read())
write("apigateway", "hand-v1-summarize.json", json.dumps({"resource": "/summarize", "path": "/summarize", "httpMethod": "POST",
      "requestContext": {"requestId": "r1", "authorizer": {"sub": "u1", "role": "doctor", "clinicId": "c1"}},
      "body": '{"patientId":"p1","text":"hola"}'}))
write("apigateway", "hand-v2-report.json", json.dumps({"version": "2.0", "routeKey": "GET /reports/{reportId}", "rawPath": "/reports/r1",
      "pathParameters": {"reportId": "r1"}, "requestContext": {"requestId": "r2", "http": {"method": "GET", "path": "/reports/r1"},
      "authorizer": {"lambda": {"sub": "u1", "role": "admin", "clinicId": "c2"}}}}))

# authorizer: the fixtures with a valid token, plus refused variants
for path in sorted(glob.glob("events/authorizer/*.json")):
    text = open(path).read()
    write("authorizer", "fixture-" + os.path.basename(path), text.replace("eyJraWQiOiJleGFtcGxlIn0.e30.c2lnbmF0dXJl", valid))
    write("authorizer", "admin-" + os.path.basename(path), text.replace("eyJraWQiOiJleGFtcGxlIn0.e30.c2lnbmF0dXJl", admin))
    write("authorizer", "placeholder-" + os.path.basename(path), text)

# jwt
write("jwt", "valid", valid)
write("jwt", "admin", admin)
write("jwt", "bad-signature", valid[:-4] + ("AAAA" if not valid.endswith("AAAA") else "BBBB"))
write("jwt", "alg-none", b64u(b'{"alg":"none","kid":"fuzz-key-1"}') + "." + b64u(claims()) + ".")
write("jwt", "two-segments", b64u(HEADER) + "." + b64u(claims()))
write("jwt", "unknown-kid", sign(b'{"alg":"RS256","kid":"other"}', claims()))

# jwt-claims: claims alone, or header 0xFF claims
write("jwt-claims", "valid.json", claims())
write("jwt-claims", "admin.json", claims(**{"cognito:groups": ["admins", "doctors"]}))
write("jwt-claims", "expired.json", claims(exp=NOW - 1))
write("jwt-claims", "nbf.json", claims(nbf=NOW + 10))
write("jwt-claims", "exp-string.json", claims(exp=str(NOW + 3600)))
write("jwt-claims", "no-clinic.json", claims(**{"custom:clinicId": None}))
write("jwt-claims", "header-and-claims", HEADER + SEP + claims())
write("jwt-claims", "crit-header", b'{"alg":"RS256","kid":"fuzz-key-1","crit":["exp"]}' + SEP + claims())

# s3key
for i, key in enumerate(["clinic-mx-001/PAC-000123/An%C3%A1lisis+de+sangre+%2B+orina+%28marzo%29.pdf", "%E2%82%AC+%F0%9F%98%80",
                         "bad%zz", "%", "+", "a%2", "%C3%28", "plain/key.txt"]):
    write("s3key", f"key-{i}", key)

# s3event
s3 = open("events/file-processor/s3-object-created-put.json").read()
write("s3event", "fixture-put.json", s3)
write("s3event", "bad-escape.json", s3.replace("An%C3%A1lisis", "An%C3%Zlisis"))
write("s3event", "two-records.json", json.dumps({"Records": json.loads(s3)["Records"] * 2}))
write("s3event", "empty.json", '{"Records":[]}')

# sigv4 (mode byte, then method, path, query, headers, body, service)
def fields(*parts): return SEP.join(p if isinstance(p, bytes) else p.encode() for p in parts)
write("sigv4", "random-authorization", b"\x00" + fields("GET", "/", "", "Authorization:AWS4-HMAC-SHA256 Credential=AKIDFUZZEXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00\nx-amz-date:20260101T000000Z\nhost:127.0.0.1:9000", ""))
write("sigv4", "signed-s3-put", b"\x01" + fields(b"\x01", "clinic-1/doc-1/file name.pdf", "", "content-type=application/pdf\ncontent-length=5", "hello", b"\x00"))
write("sigv4", "signed-bedrock", b"\x01" + fields(b"\x02", "model/anthropic.claude/converse", "a=1&b=%20x", "content-type=application/json", '{"messages":[]}', b"\x01"))
write("sigv4", "signed-dots", b"\x01" + fields(b"\x00", "a/./b/../c//d", "x=y&x=a", "", "", b"\x01"))
# sigv4-presigned (mode byte, then method, path, query, headers, expiry)
write("sigv4-presigned", "random", b"\x00" + fields("PUT", "/b/k", "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDFUZZEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=00", ""))
write("sigv4-presigned", "signed-put", b"\x01" + fields(b"\x01", "uploads/clinic-1/doc-1.pdf", "", "content-type=application/pdf\ncontent-length=1024", b"\x00\x03\x84"))
write("sigv4-presigned", "signed-get-query", b"\x01" + fields(b"\x00", "b/a key", "versionId=3&x=%2F", "", b"\x00\x00\x3c"))

# phi: short synthetic notes from the labelled corpus, and texts that already contain placeholder-like text
for path in sorted(glob.glob("Tests/ClinicalTests/Corpus/*.json"))[::6]:
    write("phi", "corpus-" + os.path.basename(path).replace(".json", ".txt"), json.load(open(path))["text"][:1500])
write("phi", "placeholder-in-input.txt", "Paciente: Juan Pérez López. Nota previa: [NOMBRE_1] ya fue citado; ver [ nombre 1 ].")
write("phi", "contacts.txt", "Tel. +52 55 1234 5678, correo ana.lopez@example.com, CURP GOLA850101MDFRPN09, nacida el 01/01/1985.")

# http1: what the Runtime API sends the loop, and what the loop sends the emulator
write("http1", "next", "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: 8476a536\r\nLambda-Runtime-Deadline-Ms: 1767225700000\r\n"
      "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:1:function:f\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"key\":\"va\"}\n")
write("http1", "chunked", "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nTrailer: x\r\n\r\n")
write("http1", "error-500", "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
write("http1", "request-response", "POST /2018-06-01/runtime/invocation/8476a536/response HTTP/1.1\r\nHost: 127.0.0.1:9001\r\nContent-Length: 2\r\n\r\n{}")
write("http1", "huge-length", "HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n")

# bda-event: the events/ fixtures of BDA jobs, and hand-made variants
for path in sorted(glob.glob("events/file-processor/bda-job-*.json")):
    write("bda-event", "fixture-" + os.path.basename(path), open(path, "rb").read())
write("bda-event", "created.json", json.dumps({"version": "0", "id": "e-1", "detail-type": "Bedrock Data Automation Job Created",
      "source": "aws.bedrock", "time": "2026-12-01T09:00:00Z", "detail": {"job_id": "j-1", "job_status": "CREATED"}}))
write("bda-event", "wrong-types.json", '{"source":"aws.bedrock","detail-type":"Bedrock Data Automation Job Succeeded","detail":{"job_id":7}}')
write("bda-event", "other-source.json", '{"source":"aws.s3","detail-type":"Bedrock Data Automation Job Succeeded","detail":{}}')

# bda-result: result.json of each modality and job_metadata.json, as BDA writes them (and LocalStack's BDAOutput)
write("bda-result", "job-metadata.json", json.dumps({"job_id": "j-1", "job_status": "PROCESSED", "semantic_modality": "DOCUMENT",
      "output_metadata": [{"asset_id": 0, "segment_metadata": [{"standard_output_path": "s3://b/bda-output/j-1/0/standard_output/0/result.json"},
                                                               {"standard_output_path": "s3://b/bda-output/j-1/0/standard_output/1/result.json"}]}]}))
write("bda-result", "document.json", json.dumps({"metadata": {"semantic_modality": "DOCUMENT", "start_page_index": 0, "number_of_pages": 2},
      "document": {"representation": {"markdown": "# Nota\n\nDiabetes tipo 2.", "text": "Nota. Diabetes tipo 2."}},
      "pages": [{"page_index": 0, "representation": {"markdown": "# Nota", "text": "Nota"}},
                {"page_index": 1, "representation": {"text": "Metformina 850 mg cada 12 horas."}}]}))
write("bda-result", "segment-restarting.json", '{"metadata":{"semantic_modality":"DOCUMENT","start_page_index":20},"pages":[{"page_index":0,"representation":{"text":"p"}}]}')
write("bda-result", "image.json", json.dumps({"metadata": {"semantic_modality": "IMAGE"},
      "image": {"summary": "Receta manuscrita.", "text_lines": [{"text": "Losartán 50 mg"}, {"text": "1 al día"}]}}))
write("bda-result", "audio.json", json.dumps({"metadata": {"semantic_modality": "AUDIO"},
      "audio_segments": [{"text": "¿Cómo se siente?", "start_timestamp_millis": 0, "speaker": {"speaker_label": "spk_0"}},
                         {"text": "Mejor.", "start_timestamp_millis": 2500, "channel": {"channel_label": "ch_1"}}]}))
write("bda-result", "lines-only.json", '{"text_lines":[{"text":"a"},{"text":"b"}]}')
# Regression: numbers Int() cannot hold trapped the file processor; a negative page failed the chunk's CHECK.
write("bda-result", "huge-numbers.json", '{"metadata":{"start_page_index":1e300},"pages":[{"page_index":-5,"representation":{"text":"x"}},'
      '{"page_index":1e19,"representation":{"text":"y"}}],"audio_segments":[]}')
write("bda-result", "huge-offset.json", '{"metadata":{"semantic_modality":"AUDIO"},"audio_segments":[{"text":"t","start_timestamp_millis":-1e308},'
      '{"text":"u","start_timestamp_millis":9.3e18}]}')

# extraction: answers as the model gives them (fenced, bare) and near misses
good = {"diagnosis": ["Diabetes mellitus tipo 2 (E11.9)"], "medications": [{"name": "metformina", "dose": "850 mg", "route": "oral",
        "frequency": "cada 12 horas"}], "followUp": ["Control en tres meses"], "notes": "HbA1c 8.2 %"}
write("extraction", "fenced.txt", "```json\n" + json.dumps(good, ensure_ascii=False) + "\n```")
write("extraction", "bare.txt", json.dumps(good, ensure_ascii=False))
write("extraction", "empty-lists.txt", '{"diagnosis":[],"medications":[],"followUp":[],"notes":""}')
write("extraction", "nulls.txt", '{"diagnosis":["  x  ",""],"medications":[{"name":" m ","dose":null,"route":"","frequency":null}],"followUp":[],"notes":" n "}')
write("extraction", "extra-key.txt", '{"diagnosis":[],"medications":[],"followUp":[],"notes":"","patient":"x"}')
write("extraction", "prose.txt", "Here is the extraction: {\"diagnosis\":[]}")
write("extraction", "unterminated-fence.txt", "```json\n{\"diagnosis\":[]")
os.unlink(keyfile.name)
print("seed corpora written under", ROOT)
