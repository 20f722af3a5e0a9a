#!/usr/bin/env python3
"""`make test`'s contract checks of openapi.yaml (issue 14):
1. the document validates (openapi-spec-validator, OpenAPI 3.0);
2. its Lambda-proxy routes are exactly the handlers' `router.add` calls, each integrated with the function whose
   handler routes it, every such function (and the authorizer) invocable by API Gateway (AWS::Lambda::Permission),
   and template.yaml has no `Api` events of its own (the document is the one list of routes);
   every path has an OPTIONS preflight (mock integration, no authorizer) naming exactly its methods;
   request schemas say null as `enum: [null]` (API Gateway's draft-4 validator has no `nullable`);
   the template with the document included (as AWS::Include does) passes cfn-lint and SAM's transform;
3. every documented example (responses' examples against their schema; every request example sent
   through `lambda-local serve` with a minted doctor token) gives the documented status and shape.
Exit 1 naming each difference. `--static` skips 3's requests (no database needed)."""
import copy, glob, json, os, re, subprocess, sys, urllib.error, urllib.parse, urllib.request

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


def template_api_events(template):
    """`Api` events left in template.yaml: the document is the one list of routes, so none may remain."""
    return sorted(f"{lid}.{name}" for lid, resource in template.get("Resources", {}).items()
                  for name, event in ((resource.get("Properties") or {}).get("Events") or {}).items() if event.get("Type") == "Api")


def router_routes():
    """(METHOD, path) → the function whose handler module routes it (`Sources/ChatHandler` → ChatFunction)."""
    routes = {}
    for source in glob.glob("Sources/*Handler/*.swift"):
        function = source.split("/")[1][:-len("Handler")] + "Function"
        for method, path in re.findall(r'router\.add\("([A-Z]+)",\s*"([^"]+)"', open(source).read()):
            routes[(method, path)] = function
    return routes


def integration_function(integration):
    """The logical id in `...functions/${XFunction.Arn}/invocations` of an integration or authorizer URI."""
    uri = integration.get("uri") or integration.get("authorizerUri") or ""
    uri = uri.get("Fn::Sub", "") if isinstance(uri, dict) else uri
    match = re.search(r"/functions/\$\{([A-Za-z0-9]+)\.Arn\}/invocations$", uri)
    return match.group(1) if match else None


def document_routes(document):
    """(METHOD, path) → integrated function, for the Lambda-proxy operations (the preflights are mocks)."""
    routes = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            integration = operation.get("x-amazon-apigateway-integration") if method in METHODS else None
            if integration and integration.get("type") == "aws_proxy":
                routes[(method.upper(), path)] = integration_function(integration)
            elif method in METHODS and not integration:
                routes[(method.upper(), path)] = None
                fail(f"{method.upper()} {path} has no x-amazon-apigateway-integration")
    return routes


def check_gateway_extensions(document, template):
    """What API Gateway reads from the document, and what the template must grant for it."""
    for event in template_api_events(template):
        fail(f"template.yaml still routes {event} as an Api event: routes belong in openapi.yaml")
    def target(name):  # `!GetAtt X.Arn` reads as the text "X.Arn" here
        return name["Fn::GetAtt"][0] if isinstance(name, dict) else str(name).split(".")[0]
    permitted = {target(resource["Properties"]["FunctionName"]) for resource in template["Resources"].values()
                 if resource.get("Type") == "AWS::Lambda::Permission" and resource["Properties"].get("Principal") == "apigateway.amazonaws.com"
                 and "ClinicalApi" in json.dumps(resource["Properties"].get("SourceArn"))}
    authorizer = document["components"]["securitySchemes"]["cognitoBearer"].get("x-amazon-apigateway-authorizer", {})
    invoked = {f for f in document_routes(document).values() if f} | {integration_function(authorizer)}
    for function in sorted(f for f in invoked if f):
        if template["Resources"].get(function, {}).get("Type") != "AWS::Serverless::Function":
            fail(f"openapi.yaml integrates {function}, which is no function of template.yaml")
        if function not in permitted:
            fail(f"API Gateway may not invoke {function}: no AWS::Lambda::Permission for ClinicalApi")
    if authorizer.get("identitySource") != "method.request.header.Authorization" or authorizer.get("authorizerResultTtlInSeconds") != 300:
        fail("the authorizer's identity source or TTL changed (Authorization header, 300 s)")
    if document.get("x-amazon-apigateway-request-validator") not in (document.get("x-amazon-apigateway-request-validators") or {}):
        fail("no default x-amazon-apigateway-request-validator: API Gateway would not validate requests")
    for path, item in document["paths"].items():
        methods = sorted(m.upper() for m in item if m in METHODS and m != "options")
        preflight = item.get("options")
        integration = (preflight or {}).get("x-amazon-apigateway-integration") or {}
        if not preflight or integration.get("type") != "mock" or preflight.get("security") != []:
            fail(f"OPTIONS {path}: no preflight answered by a mock integration without the authorizer")
            continue
        template_text = json.dumps(integration)
        allowed = re.search(r"Access-Control-Allow-Methods = '([^']*)'", template_text)
        if not allowed or allowed.group(1).split(",") != methods + ["OPTIONS"]:
            fail(f"OPTIONS {path}: Allow-Methods {allowed and allowed.group(1)!r}, the path has {methods + ['OPTIONS']}")
        if "Access-Control-Allow-Headers = 'Authorization,Content-Type'" not in template_text or "${AllowedOrigins}" not in template_text:
            fail(f"OPTIONS {path}: the preflight must allow Authorization,Content-Type for the AllowedOrigins only")
    for kind in ("DEFAULT_4XX", "DEFAULT_5XX"):
        parameters = (document.get("x-amazon-apigateway-gateway-responses", {}).get(kind) or {}).get("responseParameters", {})
        if "gatewayresponse.header.Access-Control-Allow-Origin" not in parameters or parameters.get("gatewayresponse.header.Vary") != "'Origin'":
            fail(f"the gateway's {kind} answers carry no CORS headers")


def nullable_in(node, where, document, seen=()):
    """API Gateway validates bodies with JSON Schema draft 4 models, which know no `nullable`."""
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"] not in seen:
            target = document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            nullable_in(target, where + " → " + node["$ref"].split("/")[-1], document, seen + (node["$ref"],))
        if node.get("nullable"):
            fail(f"{where}: `nullable` in a request schema (API Gateway's validator ignores it: write enum: [null])")
        for key, value in node.items():
            if key not in ("example", "examples", "$ref"):
                nullable_in(value, where, document, seen)
    elif isinstance(node, list):
        for value in node:
            nullable_in(value, where, document, seen)


def check_request_schemas(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                for media in ((operation.get("requestBody") or {}).get("content") or {}).values():
                    nullable_in(media.get("schema"), f"{method.upper()} {path} request body", document)


def check_included_template(document):
    """The template as CloudFormation sees it after AWS::Include (the document inlined as DefinitionBody,
    browser origins set), through SAM's own transform with the body kept (cfn-lint's transform blanks every
    DefinitionBody), then cfn-lint on the plain CloudFormation that comes out: every Fn::Sub, Ref and GetAtt
    of the document is checked against the template, and the body must reach the RestApi whole."""
    from cfnlint.decode import decode
    from cfnlint.template.transforms._sam import Transform
    template, matches = decode("template.yaml")
    if template is None:
        fail(f"template.yaml does not parse: {matches}")
        return
    api = template["Resources"]["ClinicalApi"]["Properties"]
    include = api.get("DefinitionBody", {}).get("Fn::Transform", {})
    if include.get("Name") != "AWS::Include" or include.get("Parameters", {}).get("Location") != "openapi.yaml":
        fail("ClinicalApi's DefinitionBody is not openapi.yaml through AWS::Include")
        return
    api["DefinitionBody"] = copy.deepcopy(document)
    parameters = {"CognitoUserPoolId": "us-east-1_AbCdEfGhI", "CognitoClientIds": "1example23456789",
                  "AllowedOrigins": "https://app.clinica.example,http://localhost:5173"}
    for key, value in parameters.items():
        template["Parameters"][key]["Default"] = value
    os.makedirs(".local/rendered", exist_ok=True)
    included = ".local/rendered/template-included.json"
    with open(included, "w") as out:
        json.dump(template, out, indent=1, default=str)
    lint = subprocess.run(["cfn-lint", included], capture_output=True, text=True)
    if lint.returncode != 0:
        fail("cfn-lint of the template with openapi.yaml included:\n" + lint.stdout + lint.stderr)

    blank = Transform._replace_local_codeuri
    def keep_definition_bodies(self):
        bodies = {lid: r["Properties"]["DefinitionBody"] for lid, r in self._template["Resources"].items()
                  if r.get("Type") == "AWS::Serverless::Api" and isinstance((r.get("Properties") or {}).get("DefinitionBody"), dict)}
        blank(self)
        for lid, body in bodies.items():
            self._template["Resources"][lid]["Properties"]["DefinitionBody"] = body
    Transform._replace_local_codeuri = keep_definition_bodies
    try:
        decoded, _ = decode(included)
        transform = Transform(included, decoded, "us-east-1")
        errors = transform.transform_template()
    finally:
        Transform._replace_local_codeuri = blank
    if errors:
        fail(f"SAM's transform of the template with openapi.yaml included: {[str(e) for e in errors]}")
        return
    transformed = transform.template()
    body = next((r["Properties"].get("Body") for r in transformed["Resources"].values() if r["Type"] == "AWS::ApiGateway::RestApi"), {})
    operations = sum(1 for item in body.get("paths", {}).values() for method in item if method in METHODS)
    expected = sum(1 for item in document["paths"].values() for method in item if method in METHODS)
    for key in ("x-amazon-apigateway-gateway-responses", "x-amazon-apigateway-request-validators", "x-amazon-apigateway-request-validator"):
        if key not in body:
            fail(f"the RestApi's Body lost {key} in SAM's transform")
    if operations != expected or "x-amazon-apigateway-authorizer" not in json.dumps(body.get("components", {})):
        fail(f"the RestApi's Body has {operations} operations after SAM's transform, the document {expected} (or lost the authorizer)")
    stage = next((r["Properties"] for r in transformed["Resources"].values() if r["Type"] == "AWS::ApiGateway::Stage"), {})
    if "ApiThrottlingRateLimit" not in json.dumps(stage.get("MethodSettings")):
        fail("the stage has no throttling MethodSettings")
    plain = ".local/rendered/template-included-transformed.json"
    with open(plain, "w") as out:
        json.dump(transformed, out, indent=1, default=str)
    lint = subprocess.run(["cfn-lint", plain], capture_output=True, text=True)
    if lint.returncode != 0:
        fail("cfn-lint of SAM's output with openapi.yaml as the RestApi's Body:\n" + lint.stdout + lint.stderr)
    else:
        print(f"openapi-check: template.yaml with openapi.yaml included: SAM keeps its {operations} operations; cfn-lint passes before and after the transform")


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
    # The CORS preflights (mock integrations) run last, in path order: they read nothing.
    preflights = sorted(o for o, (_, _, op) in operations.items() if (op.get("x-amazon-apigateway-integration") or {}).get("type") == "mock")
    for missing in set(operations) - set(EXAMPLE_ORDER) - set(preflights):
        fail(f"operation {missing} has no place in EXAMPLE_ORDER of .ci/openapi-check.py")
    captured, sent = {}, 0
    for operation_id in [o for o in EXAMPLE_ORDER if o in operations] + preflights:
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
    template = yaml.load(open("template.yaml"), Loader=TemplateLoader)
    documented, routers = document_routes(document), router_routes()
    for route in sorted(set(routers) - set(documented)):
        fail(f"{route[0]} {route[1]} is in the handlers' routers but not in openapi.yaml")
    for route in sorted(set(documented) - set(routers)):
        fail(f"{route[0]} {route[1]} is in openapi.yaml but not in the handlers' routers")
    for route in sorted(set(documented) & set(routers)):
        if documented[route] != routers[route]:
            fail(f"{route[0]} {route[1]} is integrated with {documented[route]} but routed by {routers[route]}'s handler")
    check_gateway_extensions(document, template)
    check_request_schemas(document)
    if not failures:
        print(f"openapi-check: {len(documented)} routes, the same in openapi.yaml and the routers, each integrated with its function")
    check_response_examples(document)
    check_included_template(document)
    if "--static" not in sys.argv:
        with local_serve.serve() as (base, token, clinic):
            run_examples(document, base, token, clinic)
    if failures:
        print(f"openapi-check: {len(failures)} failure(s)")
        sys.exit(1)
    print("openapi-check: every example gives its documented status and shape")


if __name__ == "__main__":
    main()
