#!/usr/bin/env python3
"""`make test`'s contract checks of openapi.yaml (issue 14):
1. the document validates (openapi-spec-validator, OpenAPI 3.0);
2. its routes are exactly template.yaml's Api events and exactly the handlers' `router.add` calls;
3. every documented example (responses' examples against their schema; every request example sent
   through `lambda-local serve` with a minted doctor token) gives the documented status and shape.
Exit 1 naming each difference. `--static` skips 3's requests (no database needed)."""
import copy, glob, json, re, sys, urllib.error, urllib.parse, urllib.request

import yaml
from openapi_spec_validator import validate
from openapi_schema_validator import OAS30Validator

sys.path.insert(0, ".ci")
import local_serve  # noqa: E402
METHODS = {"get", "post", "put", "patch", "delete", "head", "options"}
# The order examples run in: creations before the reads that use their ids, the delete last.
EXAMPLE_ORDER = ["getHealth", "summarize", "listPatientReports", "getReport", "createUpload", "getDocument",
                 "listPatientDocuments", "chat", "listChatSessions", "getChatSession", "getUsage", "deleteDocument"]
CAPTURED = ["reportId", "documentId", "sessionId", "patientId"]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL", message)


class TemplateLoader(yaml.SafeLoader):
    """CloudFormation's short intrinsics (`!Ref`, `!Sub`, …) read as plain values."""


TemplateLoader.add_multi_constructor("!", lambda loader, suffix, node:
                                     loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode)
                                     else loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode)
                                     else loader.construct_mapping(node))


def template_routes(path="template.yaml"):
    template = yaml.load(open(path), Loader=TemplateLoader)
    routes = set()
    for resource in template.get("Resources", {}).values():
        for event in (resource.get("Properties") or {}).get("Events", {}).values():
            if event.get("Type") == "Api":
                routes.add((event["Properties"]["Method"].upper(), event["Properties"]["Path"]))
    return routes


def router_routes():
    routes = set()
    for source in glob.glob("Sources/*Handler/*.swift"):
        for method, path in re.findall(r'router\.add\("([A-Z]+)",\s*"([^"]+)"', open(source).read()):
            routes.add((method, path))
    return routes


def document_routes(document):
    return {(method.upper(), path) for path, item in document["paths"].items() for method in item if method in METHODS}


def resolve(node, document):
    """The schema with every $ref inlined (the document has no recursive schemas)."""
    if isinstance(node, dict):
        if "$ref" in node:
            target = document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(target, document)
        return {key: resolve(value, document) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve(value, document) for value in node]
    return node


def schema_errors(instance, schema):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}" for e in OAS30Validator(schema).iter_errors(instance)]


def check_response_examples(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            for status, response in operation["responses"].items():
                response = resolve(response, document)
                for media in (response.get("content") or {}).values():
                    examples = [media["example"]] if "example" in media else []
                    examples += [e["value"] for e in (media.get("examples") or {}).values()]
                    for example in examples:
                        for error in schema_errors(example, media["schema"]):
                            fail(f"{method.upper()} {path} {status}: documented example does not match its schema: {error}")
            body = resolve(operation.get("requestBody", {}), document)
            for media in (body.get("content") or {}).values():
                for name, example in (media.get("examples") or {}).items():
                    if (example.get("x-status") or 200) >= 400:
                        continue  # an example of a refused request need not match the schema (and may on purpose)
                    for error in schema_errors(example["value"], media["schema"]):
                        fail(f"{method.upper()} {path} request example {name} does not match the request schema: {error}")


def send(base, method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json; charset=utf-8")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def run_examples(document, base, token, clinic):
    operations = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                operations[operation["operationId"]] = (method.upper(), path, operation)
    for missing in set(operations) - set(EXAMPLE_ORDER):
        fail(f"operation {missing} has no place in EXAMPLE_ORDER of .ci/openapi-check.py")
    captured, sent = {}, 0
    for operation_id in [o for o in EXAMPLE_ORDER if o in operations]:
        method, template, operation = operations[operation_id]
        parameters = [resolve(p, document) for p in operation.get("parameters", [])]
        path = template
        query = {}
        for parameter in parameters:
            value = captured.get(parameter["name"], parameter.get("example", parameter["schema"].get("example")))
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", urllib.parse.quote(str(value), safe=""))
            elif parameter["in"] == "query" and value is not None and parameter["name"] not in ("cursor",):
                query[parameter["name"]] = value
        if query:
            path += "?" + urllib.parse.urlencode(query)
        body = resolve(operation.get("requestBody", {}), document)
        requests = [(name, example["value"], example.get("x-status")) for media in (body.get("content") or {}).values()
                    for name, example in (media.get("examples") or {}).items()] or [("(no body)", None, None)]
        secured = operation.get("security", document.get("security")) != []
        for name, value, status in requests:
            if isinstance(value, dict) and "patientId" in value and "patientId" in captured:
                value = dict(value, patientId=captured["patientId"])
            expected = status or operation.get("x-example-status") or min(int(s) for s in operation["responses"] if s.startswith("2"))
            got, headers, raw = send(base, method, path, token if secured else None, value)
            sent += 1
            label = f"{method} {template} example {name}"
            if got != expected:
                fail(f"{label}: status {got}, documented {expected}: {raw[:300]!r}")
                continue
            response = resolve(operation["responses"][str(got)], document)
            if "content" not in response:
                if raw:
                    fail(f"{label}: {got} documents no body but one came")
                continue
            content_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
            if not content_type.startswith("application/json"):
                fail(f"{label}: Content-Type {content_type!r}")
            answer = json.loads(raw)
            for error in schema_errors(answer, response["content"]["application/json"]["schema"]):
                fail(f"{label}: response does not match the documented schema: {error}")
            if got >= 400:
                continue
            for key in CAPTURED:
                if isinstance(answer, dict) and isinstance(answer.get(key), str):
                    captured[key] = answer[key]
        # The document says `cursor` is opaque and any other string is a 400: held to it.
        if any(p.get("$ref", "").endswith("/Cursor") for p in operation.get("parameters", [])):
            got, _, raw = send(base, method, path + ("&" if "?" in path else "?") + "cursor=no-es-un-cursor", token)
            sent += 1
            if got != 400 or json.loads(raw)["error"]["code"] != "VALIDATION_FAILED":
                fail(f"{method} {template} with a cursor this API did not write: {got} {raw[:200]!r}, documented 400")
    # `scope=clinic` as the document describes it: an admin's 200 of the ClinicUsage shape, a doctor's 403 FORBIDDEN.
    usage = resolve(document["paths"]["/usage"]["get"]["responses"], document)
    admin = local_serve.mint_token("admin-api-check", clinic, group="admins")
    for who, bearer, expected in (("an admin", admin, 200), ("a doctor", token, 403)):
        got, _, raw = send(base, "GET", "/usage?scope=clinic", bearer)
        sent += 1
        if got != expected:
            fail(f"GET /usage?scope=clinic as {who}: {got}, documented {expected}: {raw[:200]!r}")
            continue
        answer = json.loads(raw)
        for error in schema_errors(answer, usage[str(got)]["content"]["application/json"]["schema"]):
            fail(f"GET /usage?scope=clinic as {who}: response does not match the documented schema: {error}")
        if got == 200 and answer.get("scope") != "clinic" or got == 403 and answer.get("error", {}).get("code") != "FORBIDDEN":
            fail(f"GET /usage?scope=clinic as {who}: {raw[:200]!r}")
    # The limits the descriptions state and `maxLength` cannot: `text` in bytes (26,000 "é" are within
    # maxLength 51,200 characters but 52,000 bytes), `message` past 4,000 characters; both 413, not 400.
    for label, path, body in (("text of 52,000 bytes in 26,000 characters", "/summarize", {"patientId": "pac-0001", "text": "é" * 26000}),
                              ("message of 4,001 characters", "/chat", {"message": "¿" + "a" * 4000})):
        got, _, raw = send(base, "POST", path, token, body)
        sent += 1
        if got != 413 or json.loads(raw)["error"]["code"] != "PAYLOAD_TOO_LARGE":
            fail(f"POST {path} with a {label}: {got} {raw[:200]!r}, documented 413 PAYLOAD_TOO_LARGE")
    print(f"openapi-check: {sent} example requests sent through lambda-local serve")


def main():
    document = yaml.safe_load(open("openapi.yaml"))
    validate(copy.deepcopy(document))
    print("openapi-check: openapi.yaml is a valid OpenAPI", document["openapi"], "document")
    documented, template, routers = document_routes(document), template_routes(), router_routes()
    for name, routes in (("template.yaml", template), ("the handlers' routers", routers)):
        for route in sorted(routes - documented):
            fail(f"{route[0]} {route[1]} is in {name} but not in openapi.yaml")
        for route in sorted(documented - routes):
            fail(f"{route[0]} {route[1]} is in openapi.yaml but not in {name}")
    print(f"openapi-check: {len(documented)} routes, the same in openapi.yaml, template.yaml and the routers" if not failures else "")
    check_response_examples(document)
    if "--static" not in sys.argv:
        with local_serve.serve() as (base, token, clinic):
            run_examples(document, base, token, clinic)
    if failures:
        print(f"openapi-check: {len(failures)} failure(s)")
        sys.exit(1)
    print("openapi-check: every example gives its documented status and shape")


if __name__ == "__main__":
    main()
