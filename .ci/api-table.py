#!/usr/bin/env python3
"""`make api-table`: writes the route table generated from openapi.yaml between the markers
`<!-- api-table:begin -->` and `<!-- api-table:end -->` of the README (never edited by hand);
`--check` exits 1 when the README's table is not the generated one (run by `make test`)."""
import sys

import yaml

BEGIN, END = "<!-- api-table:begin (make api-table writes this block from openapi.yaml) -->", "<!-- api-table:end -->"
METHODS = ["get", "post", "put", "patch", "delete"]


def schema_name(node):
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return ref.rsplit("/", 1)[-1]


def table(document):
    rows = ["| Method | Path | Auth | What | Parameters | Body | Success | Errors |", "|---|---|---|---|---|---|---|---|"]
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if not operation:
                continue
            secured = operation.get("security", document.get("security")) != []
            parameters = []
            for parameter in operation.get("parameters", []):
                name = schema_name(parameter)
                parameter = document["components"]["parameters"][name] if name else parameter
                parameters.append(f"`{parameter['name']}` ({parameter['in']})")
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            success = [s for s in operation["responses"] if s.startswith("2")]
            errors = [s for s in operation["responses"] if not s.startswith("2")]
            rows.append(f"| {method.upper()} | `{path}` | {'Bearer' if secured else 'open'} | {operation['summary']} | "
                        f"{', '.join(parameters) or '–'} | {('`' + schema_name(body) + '`') if body else '–'} | "
                        f"{', '.join(success)} | {', '.join(errors)} |")
    return "\n".join(rows)


def main():
    readme_path = sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].startswith("--") else "README.md"
    readme = open(readme_path).read()
    if BEGIN not in readme or END not in readme:
        sys.exit(f"api-table: {readme_path} has no {BEGIN} … {END} block")
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    updated = head + BEGIN + "\n" + table(yaml.safe_load(open("openapi.yaml"))) + "\n" + END + tail
    if "--check" in sys.argv:
        if updated != readme:
            sys.exit(f"api-table: the route table in {readme_path} is not the one generated from openapi.yaml (run make api-table)")
        print("api-table: README's route table is the one generated from openapi.yaml")
        return
    open(readme_path, "w").write(updated)
    print(f"api-table: wrote the route table of openapi.yaml into {readme_path}")


if __name__ == "__main__":
    main()
