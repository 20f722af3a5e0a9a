#!/usr/bin/env python3
"""Regenerates sigv4_fixtures.json: SigV4 canonical requests and signatures
computed by botocore (an independent implementation) with fixed credentials
and a fixed time. The Swift signer must reproduce them byte for byte.

    pip install botocore && python3 generate_sigv4_fixtures.py > sigv4_fixtures.json
"""
import datetime
import json
import sys
from unittest import mock
from urllib.parse import quote

import botocore
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE//session+token="
REGION = "us-east-1"
FIXED_TIME = datetime.datetime(2024, 5, 1, 12, 34, 56)
BEDROCK = f"https://bedrock-runtime.{REGION}.amazonaws.com"
BUCKET = "clinical-docs"
S3_VIRTUAL = f"https://{BUCKET}.s3.{REGION}.amazonaws.com"
S3_LOCAL = "http://127.0.0.1:5000"

CONVERSE_BODY = json.dumps({
    "messages": [{"role": "user", "content": [{"text": "Resume: paciente con fiebre, 38.5 °C"}]}],
    "system": [{"text": "You are a clinical summarizer."}],
    "inferenceConfig": {"maxTokens": 512, "temperature": 0.2},
}, ensure_ascii=False, separators=(",", ":"))
TITAN_BODY = json.dumps({"inputText": "dolor torácico", "dimensions": 1024, "normalize": True},
                        ensure_ascii=False, separators=(",", ":"))
SECRETS_BODY = json.dumps({"SecretId": "clinical/rds"}, separators=(",", ":"))

S3_KEYS = [
    "reports/2024/summary.json",
    "uploads/lab results 01.pdf",
    "a+b=c&d;e,f",
    "notas/diagnóstico ñandú 😀.txt",
    "double//slash",
    "./dot/./segment",
    "up/../and/../../over",
    "tilde~star*paren(1)",
]


class Recording:
    """Wraps a botocore signer class to keep its canonical request and string to sign."""

    def __init__(self, cls, *args, **kwargs):
        recorder = self

        class Recorder(cls):
            def canonical_request(self, request):
                recorder.canonical = super().canonical_request(request)
                return recorder.canonical

            def string_to_sign(self, request, canonical_request):
                recorder.string_to_sign = super().string_to_sign(request, canonical_request)
                return recorder.string_to_sign

            def signature(self, string_to_sign, request):
                recorder.signature = super().signature(string_to_sign, request)
                return recorder.signature

        self.auth = Recorder(*args, **kwargs)


def credentials(with_token):
    return Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN if with_token else None)


def sign(name, kind, service, method, url, headers, body, with_token, expires=None, extra=None):
    creds = credentials(with_token)
    if kind == "header":
        cls = botocore.auth.S3SigV4Auth if service == "s3" else botocore.auth.SigV4Auth
        recording = Recording(cls, creds, service, REGION)
    else:
        recording = Recording(botocore.auth.S3SigV4QueryAuth, creds, service, REGION, expires=expires)
    request = AWSRequest(method=method, url=url, headers=dict(headers), data=body.encode("utf-8"))
    with mock.patch("botocore.auth.get_current_datetime", return_value=FIXED_TIME):
        recording.auth.add_auth(request)
    case = {
        "name": name + (" with session token" if with_token else ""),
        "kind": kind,
        "service": service,
        "region": REGION,
        "method": method,
        "url": url,
        "headers": [[k, v] for k, v in headers],
        "body": body,
        "sessionToken": with_token,
        "expected": {
            "canonicalRequest": recording.canonical,
            "stringToSign": recording.string_to_sign,
            "signature": recording.signature,
        },
    }
    if kind == "header":
        case["expected"]["authorization"] = request.headers["Authorization"]
        case["expected"]["amzDate"] = request.headers["X-Amz-Date"]
        if service == "s3":
            case["expected"]["contentSHA256"] = request.headers["X-Amz-Content-SHA256"]
    else:
        case["expires"] = expires
        case["expected"]["url"] = request.url
    if extra:
        case.update(extra)
    return case


def cases(with_token):
    out = []
    for label, model in [
        ("Converse, plain model id", "anthropic.claude-3-haiku-20240307-v1:0"),
        ("Converse, inference profile id", "us.anthropic.claude-3-5-sonnet-20240620-v1:0"),
        ("Converse, inference profile ARN",
         "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"),
    ]:
        url = f"{BEDROCK}/model/{quote(model, safe='')}/converse"
        out.append(sign(label, "header", "bedrock", "POST", url,
                        [("Content-Type", "application/json")], CONVERSE_BODY, with_token,
                        extra={"modelId": model, "operation": "converse"}))
    titan = "amazon.titan-embed-text-v2:0"
    out.append(sign("Titan InvokeModel", "header", "bedrock", "POST",
                    f"{BEDROCK}/model/{quote(titan, safe='')}/invoke",
                    [("Content-Type", "application/json"), ("Accept", "application/json")], TITAN_BODY, with_token,
                    extra={"modelId": titan, "operation": "invoke"}))
    for key in S3_KEYS:
        wire = quote(key, safe="/~")
        out.append(sign(f"S3 PutObject {key!r}", "header", "s3", "PUT", f"{S3_VIRTUAL}/{wire}",
                        [("Content-Type", "application/pdf"), ("X-Amz-Meta-Note", "  two   spaces  ")],
                        "%PDF-1.4 fake", with_token,
                        extra={"bucket": BUCKET, "key": key, "endpoint": "aws"}))
        out.append(sign(f"S3 GetObject path-style {key!r}", "header", "s3", "GET", f"{S3_LOCAL}/{BUCKET}/{wire}",
                        [], "", with_token,
                        extra={"bucket": BUCKET, "key": key, "endpoint": S3_LOCAL}))
    for key in ["uploads/lab results 01.pdf", "notas/diagnóstico ñandú 😀.txt", "double//slash"]:
        wire = quote(key, safe="/~")
        out.append(sign(f"S3 presigned PUT {key!r}", "query", "s3", "PUT", f"{S3_VIRTUAL}/{wire}",
                        [("Content-Type", "application/pdf")], "", with_token, expires=900,
                        extra={"bucket": BUCKET, "key": key, "endpoint": "aws", "contentType": "application/pdf"}))
        out.append(sign(f"S3 presigned GET path-style {key!r}", "query", "s3", "GET", f"{S3_LOCAL}/{BUCKET}/{wire}",
                        [], "", with_token, expires=604800,
                        extra={"bucket": BUCKET, "key": key, "endpoint": S3_LOCAL}))
    out.append(sign("Secrets Manager GetSecretValue", "header", "secretsmanager", "POST",
                    f"https://secretsmanager.{REGION}.amazonaws.com/",
                    [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "secretsmanager.GetSecretValue")],
                    SECRETS_BODY, with_token))
    out.append(sign("Query string and trace id are handled", "header", "bedrock", "GET",
                    f"{BEDROCK}/guardrail/abc123/version/DRAFT?b=2&a=1&a%20b=%2F",
                    [("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793"), ("User-Agent", "clinical")],
                    "", with_token))
    return out


def main():
    fixtures = {
        "generator": f"botocore {botocore.__version__}",
        "accessKeyId": ACCESS_KEY,
        "secretAccessKey": SECRET_KEY,
        "sessionToken": SESSION_TOKEN,
        "time": FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "epochSeconds": int(FIXED_TIME.replace(tzinfo=datetime.timezone.utc).timestamp()),
        "cases": cases(False) + cases(True),
    }
    json.dump(fixtures, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
