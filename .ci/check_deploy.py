#!/usr/bin/env python3
"""Checks of the path to AWS that cfn-lint and actionlint cannot make (make test, via
.ci/check-deploy.sh). Each check prints ok/FAIL; exit 1 on any failure.

  - every build-<LogicalId> target the template names (BuildMethod: makefile) exists in the Makefile;
  - the template rendered without and with the VPC parameters (.local/rendered/*.json) is linted by
    cfn-lint, resolves VpcConfig on exactly the database functions, and SAM's transform gives those
    functions the VPC access policy;
  - each function has Errors, Throttles and Duration alarms (Duration at 90% of its Timeout), each queue
    a depth alarm, each metered function (Sources) a Fallbacks alarm and a share of the daily cost alarm;
    the API has its 5xx-rate and p99 alarms; the dashboard body is JSON; the budget tells AlarmEmail;
  - samconfig.toml has dev, staging and prod with distinct stacks, capabilities, resolve_s3, and only
    parameters and values the template accepts; .ci/samconfig.py merges and refuses as documented;
  - the deploy workflow takes OIDC credentials from a role secret and no access keys.
"""
import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)
sys.path.insert(0, str(ROOT / ".ci"))

from cfnlint.decode import decode  # noqa: E402  (cfn-lint is a make deps package)

TEMPLATE = Path(os.environ.get("CHECK_TEMPLATE", "template.yaml"))
MAKEFILE = Path(os.environ.get("CHECK_MAKEFILE", "Makefile"))
SAMCONFIG = Path(os.environ.get("CHECK_SAMCONFIG", "samconfig.toml"))
RENDERED = ROOT / ".local" / "rendered"
# A VPC render: the values a deploy into a VPC would pass (shapes only; nothing is created).
VPC_PARAMETERS = {
    "SubnetIds": "subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829",
    "SecurityGroupIds": "sg-0a1b2c3d4e5f60718",
    "DbProxyEndpoint": "clinical.proxy-abcdefghijkl.us-east-1.rds.amazonaws.com",
    "DbSecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:clinical-app-AbCdEf",
    "DbOwnerSecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:clinical-owner-AbCdEf",
    "UploadDataEvents": "on",
    "AlarmEmail": "ops@example.org",
}
REQUIRED_FOR_RENDER = {"CognitoUserPoolId": "us-east-1_AbCdEfGhI", "CognitoClientIds": "1example23456789"}

failures = []


def check(ok, message):
    print(("ok:   " if ok else "FAIL: ") + message)
    if not ok:
        failures.append(message)
    return ok


def load_template(path):
    template, matches = decode(str(path))
    if template is None:
        raise SystemExit(f"FAIL: {path} does not parse: {[str(m) for m in matches]}")
    return template


# --- build targets ---------------------------------------------------------------------------
def makefile_targets(path):
    """Every target with a recipe or prerequisites in GNU make's own database of the Makefile
    (a name listed only in .PHONY is no target sam build can run)."""
    out = subprocess.run(["make", "-pRrq", "-f", str(path), ":"], capture_output=True, text=True).stdout
    targets, current = set(), None
    for line in out.splitlines():
        m = re.match(r"^([A-Za-z0-9_.%/-]+):(?!=)(.*)$", line)
        if m:
            current = m.group(1)
            if m.group(2).strip():
                targets.add(current)
        elif line.startswith("\t") and current:
            targets.add(current)
        elif not line.strip():
            current = None
    return targets


def check_build_targets(template):
    targets = makefile_targets(MAKEFILE)
    named = [lid for lid, r in template["Resources"].items()
             if r.get("Type") == "AWS::Serverless::Function" and (r.get("Metadata") or {}).get("BuildMethod") == "makefile"]
    check(bool(named), "the template has functions built with BuildMethod: makefile")
    for lid in named:
        check(f"build-{lid}" in targets, f"Makefile has build-{lid} (sam build calls it)")


# --- conditions, renders ---------------------------------------------------------------------
def parameter_values(template, given):
    values = {}
    for name, p in template.get("Parameters", {}).items():
        value = given.get(name, p.get("Default"))
        if p.get("Type") == "CommaDelimitedList":
            value = [] if value in (None, "") else [v.strip() for v in str(value).split(",")]
        values[name] = value
    return values


def evaluate(node, values, conditions, template):
    """The intrinsic functions the template's conditions and VpcConfig lines use."""
    if isinstance(node, dict) and len(node) == 1:
        (fn, arg), = node.items()
        if fn == "Ref":
            return values.get(arg, f"<{arg}>")
        if fn == "Fn::Join":
            parts = evaluate(arg[1], values, conditions, template)
            return arg[0].join(str(p) for p in (parts if isinstance(parts, list) else [parts]))
        if fn == "Fn::Equals":
            a, b = (evaluate(x, values, conditions, template) for x in arg)
            return str(a) == str(b)
        if fn == "Fn::Not":
            return not evaluate(arg[0], values, conditions, template)
        if fn == "Fn::And":
            return all(evaluate(x, values, conditions, template) for x in arg)
        if fn == "Fn::Or":
            return any(evaluate(x, values, conditions, template) for x in arg)
        if fn in ("Condition",):
            return condition(arg, values, conditions, template)
        if fn == "Fn::If":
            branch = arg[1] if condition(arg[0], values, conditions, template) else arg[2]
            return evaluate(branch, values, conditions, template)
    if isinstance(node, dict):
        return {k: evaluate(v, values, conditions, template) for k, v in node.items()}
    if isinstance(node, list):
        return [evaluate(v, values, conditions, template) for v in node]
    return node


def condition(name, values, conditions, template):
    if name not in conditions:
        conditions[name] = evaluate(template["Conditions"][name], values, conditions, template)
    return conditions[name]


def reaches_database(resource):
    """A function whose policies read one of the database secrets."""
    text = json.dumps(resource.get("Properties", {}).get("Policies", []))
    return "DbSecretArn" in text or "DbOwnerSecretArn" in text


def render(template, given, name):
    """A copy whose parameter defaults are the given values: cfn-lint checks them against each
    parameter's AllowedValues/AllowedPattern, and sees the deploy's own values."""
    rendered = copy.deepcopy(template)
    for key, value in given.items():
        rendered["Parameters"][key]["Default"] = value
    RENDERED.mkdir(parents=True, exist_ok=True)
    path = RENDERED / f"{name}.json"
    path.write_text(json.dumps(rendered, indent=1, default=str))
    return path


def check_renders(template):
    plain = dict(REQUIRED_FOR_RENDER)
    vpc = dict(REQUIRED_FOR_RENDER, **VPC_PARAMETERS)
    paths = [render(template, plain, "template-no-vpc"), render(template, vpc, "template-vpc")]
    lint = subprocess.run(["cfn-lint", *map(str, paths)], capture_output=True, text=True)
    check(lint.returncode == 0, "cfn-lint passes the renders without and with the VPC parameters"
          + ("" if lint.returncode == 0 else ":\n" + lint.stdout + lint.stderr))
    functions = {lid: r for lid, r in template["Resources"].items() if r.get("Type") == "AWS::Serverless::Function"}
    database_functions = sorted(lid for lid, r in functions.items() if reaches_database(r))
    check(len(database_functions) >= 4, f"functions that reach the database: {', '.join(database_functions)}")
    for label, given in (("without VPC parameters", plain), ("with VPC parameters", vpc)):
        values = parameter_values(template, given)
        conditions = {}
        in_vpc = condition("HasVpc", values, conditions, template)
        check(in_vpc == (label == "with VPC parameters"), f"HasVpc is {in_vpc} {label}")
        for lid in database_functions:
            vpc_config = evaluate(functions[lid]["Properties"].get("VpcConfig", {"Ref": "AWS::NoValue"}), values, conditions, template)
            attached = isinstance(vpc_config, dict) and vpc_config.get("SubnetIds") == values["SubnetIds"] and \
                vpc_config.get("SecurityGroupIds") == values["SecurityGroupIds"] and bool(values["SubnetIds"])
            check(attached == in_vpc, f"{lid} {'gets' if in_vpc else 'has no'} VpcConfig {label}")
    check_transform(paths[1], database_functions)


def check_transform(path, database_functions):
    """SAM's own transform (the one cfn-lint and sam deploy use) of the VPC render."""
    from cfnlint.template.transforms._sam import Transform
    template = load_template(path)
    transform = Transform(str(path), template, "us-east-1")
    matches = transform.transform_template()
    if not check(not matches, "SAM transforms the VPC render" + ("" if not matches else f": {matches}")):
        return
    resources = transform.template()["Resources"]
    for lid in database_functions:
        role = resources.get(f"{lid}Role", {})
        policies = json.dumps(role.get("Properties", {}).get("ManagedPolicyArns", []))
        check("AWSLambdaVPCAccessExecutionRole" in policies, f"{lid}Role may create network interfaces (VPC access policy)")
    check("FileProcessorFunctionRole" in resources, "FileProcessorFunctionRole exists for the DataKey policy")


# --- operations --------------------------------------------------------------------------------
def alarms_of(template):
    return {lid: r for lid, r in template["Resources"].items() if r.get("Type") == "AWS::CloudWatch::Alarm"}


def dimension_refs(alarm):
    return json.dumps(alarm["Properties"].get("Dimensions", [])) + json.dumps(alarm["Properties"].get("Metrics", []))


def metered_function_names():
    """The names the model-calling handlers meter under (ModelMetering's function dimension)."""
    names = set()
    for path in Path("Sources").rglob("*.swift"):
        text = path.read_text(errors="replace")
        names.update(re.findall(r'static let functionName\s*=\s*"([a-z-]+)"', text))
        names.update(re.findall(r'ModelMetering\(functionName:\s*"([a-z-]+)"', text))
    return names


def check_alarms(template):
    resources = template["Resources"]
    alarms = alarms_of(template)
    default_timeout = template.get("Globals", {}).get("Function", {}).get("Timeout", 3)
    topic_refs = all("AlarmTopic" in json.dumps(a["Properties"].get("AlarmActions", [])) for a in alarms.values())
    check(topic_refs, "every alarm publishes to AlarmTopic")
    for lid, r in resources.items():
        if r.get("Type") != "AWS::Serverless::Function":
            continue
        timeout = r["Properties"].get("Timeout", default_timeout)
        for metric in ("Errors", "Throttles", "Duration"):
            found = [a for a in alarms.values() if a["Properties"].get("MetricName") == metric
                     and a["Properties"].get("Namespace") == "AWS/Lambda" and f'"Ref": "{lid}"' in dimension_refs(a)]
            if not check(len(found) == 1, f"{lid} has one {metric} alarm"):
                continue
            alarm = found[0]
            check(alarm.get("Condition") == r.get("Condition"), f"{lid}'s {metric} alarm has the function's condition")
            if metric == "Duration":
                expected = int(timeout * 1000 * 0.9)
                check(alarm["Properties"].get("Threshold") == expected,
                      f"{lid}'s Duration alarm is at 90% of its {timeout} s timeout ({expected} ms)")
    for lid, r in resources.items():
        if r.get("Type") == "AWS::SQS::Queue":
            found = [a for a in alarms.values() if a["Properties"].get("MetricName") == "ApproximateNumberOfMessagesVisible"
                     and lid in dimension_refs(a)]
            check(bool(found), f"queue {lid} has a depth alarm"
                  + ("" if found else " (FileProcessorDeadLetterQueue: uncomment FileProcessorDeadLetterQueueDepthAlarm in template.yaml)"))
    api = next((r for r in resources.values() if r.get("Type") == "AWS::Serverless::Api"), None)
    api_name = json.dumps(api["Properties"].get("Name")) if api else None
    five = [a for a in alarms.values() if "5XXError" in json.dumps(a["Properties"])]
    check(len(five) == 1 and api_name and api_name in json.dumps(five[0]["Properties"]), "the API has a 5xx-rate alarm on its ApiName")
    p99 = [a for a in alarms.values() if a["Properties"].get("MetricName") == "Latency"
           and a["Properties"].get("ExtendedStatistic") == "p99" and a["Properties"].get("Threshold") == 500]
    check(len(p99) == 1, "the API has a p99 Latency alarm at 500 ms")
    namespace = re.search(r'namespace: String = "([A-Za-z]+)"', Path("Sources/LambdaRuntime/Metrics.swift").read_text())
    check(namespace and namespace.group(1) == "ClinicalAssistant", "the EMF namespace in Metrics.swift is ClinicalAssistant")
    emf = [a for a in alarms.values() if "ClinicalAssistant" in json.dumps(a["Properties"])]
    cost = [a for a in emf if "CostUSD" in json.dumps(a["Properties"])]
    check(len(cost) == 1 and cost[0]["Properties"].get("Threshold") == {"Ref": "DailyModelBudgetUsd"} and
          cost[0]["Properties"]["Metrics"][1]["MetricStat"]["Period"] == 86400,
          "the CostUSD alarm sums a day against DailyModelBudgetUsd")
    names = metered_function_names()
    check("summarizer" in names, f"metered function names found in Sources: {', '.join(sorted(names))}")
    for name in sorted(names):
        fallbacks = [a for a in emf if a["Properties"].get("MetricName") == "Fallbacks"
                     and f'"Value": "{name}"' in dimension_refs(a) and a["Properties"].get("Period") == 3600]
        check(len(fallbacks) == 1, f"{name} has an hourly Fallbacks alarm")
        check(bool(cost) and f'"Value": "{name}"' in dimension_refs(cost[0]), f"{name}'s CostUSD counts in the daily cost alarm")
    check_dashboard(template)
    budgets = [r for r in resources.values() if r.get("Type") == "AWS::Budgets::Budget"]
    check(len(budgets) == 1 and budgets[0]["Properties"]["Budget"]["TimeUnit"] == "MONTHLY"
          and "AlarmEmail" in json.dumps(budgets[0]["Properties"]["NotificationsWithSubscribers"]),
          "a monthly AWS::Budgets::Budget tells AlarmEmail")
    bucket = resources["UploadBucket"]["Properties"]["BucketEncryption"]
    check("DataKey" in json.dumps(bucket), "UploadBucket is encrypted with DataKey")


def check_dashboard(template):
    dashboards = [r for r in template["Resources"].values() if r.get("Type") == "AWS::CloudWatch::Dashboard"]
    if not check(len(dashboards) == 1, "one CloudWatch dashboard"):
        return
    body = dashboards[0]["Properties"]["DashboardBody"]
    text = body.get("Fn::Sub") if isinstance(body, dict) else body
    numeric = re.sub(r"\$\{(DailyModelBudgetUsd|FallbacksPerHourThreshold)\}", "1", text)
    plain = re.sub(r"\$\{[^}]+\}", "x", numeric)
    try:
        parsed = json.loads(plain)
        check(bool(parsed.get("widgets")), "the dashboard body is JSON with widgets")
    except json.JSONDecodeError as error:
        check(False, f"the dashboard body is JSON ({error})")
        return
    for lid, r in template["Resources"].items():
        if r.get("Type") == "AWS::Serverless::Function" and not r.get("Condition"):
            check("${" + lid + "}" in text, f"the dashboard shows {lid}")
    for metric in ("CostUSD", "Fallbacks", "5XXError", "Latency", "ApproximateNumberOfMessagesVisible"):
        check(metric in text, f"the dashboard shows {metric}")


# --- samconfig -----------------------------------------------------------------------------------
def check_samconfig(template):
    import samconfig
    config = samconfig.load(SAMCONFIG)
    declared = template["Parameters"]
    stacks = set()
    for env in samconfig.ENVIRONMENTS:
        try:
            params = samconfig.deploy_parameters(config, env)
        except samconfig.ConfigError as error:
            check(False, str(error))
            continue
        stacks.add(params.get("stack_name"))
        caps = str(params.get("capabilities", "")).split()
        check({"CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"} <= set(caps), f"[{env}] capabilities CAPABILITY_IAM CAPABILITY_AUTO_EXPAND")
        check(params.get("resolve_s3") is True, f"[{env}] resolve_s3 = true")
        check(bool(params.get("region")), f"[{env}] names its region")
        overrides = samconfig.parse_overrides(params.get("parameter_overrides", ""), env)
        for key, value in overrides.items():
            p = declared.get(key)
            if not check(p is not None, f"[{env}] {key} is a template parameter"):
                continue
            if "AllowedValues" in p:
                check(value in [str(v) for v in p["AllowedValues"]], f"[{env}] {key}={value} is an allowed value")
            if "AllowedPattern" in p:
                check(re.fullmatch(p["AllowedPattern"], value) is not None, f"[{env}] {key}={value} matches its pattern")
            if p.get("Type") == "Number":
                ok = re.fullmatch(r"[0-9]+(\.[0-9]+)?", value) is not None and ("MinValue" not in p or float(value) >= float(p["MinValue"]))
                check(ok, f"[{env}] {key}={value} is a number within bounds")
        check(overrides.get("LambdaRuntime") in samconfig.IMAGES, f"[{env}] sets LambdaRuntime (picks the build image)")
        build = config.get(env, {}).get("build", {}).get("parameters", {})
        check(build.get("build_in_source") is True,
              f"[{env}.build.parameters] build_in_source = true (SAM's copy of the repository fails on .local's socket)")
    check(len(stacks) == 3 and None not in stacks, "dev, staging and prod deploy distinct stacks")
    # The merge the workflow relies on, and its refusals.
    names = samconfig.template_parameters(TEMPLATE)
    check(set(names) == set(declared), "samconfig.py reads the template's parameter names")
    try:
        samconfig.merged_overrides(config, "dev", "", names)
        check(False, "overrides refuses a deploy without the required Cognito parameters")
    except samconfig.ConfigError:
        check(True, "overrides refuses a deploy without the required Cognito parameters")
    merged = samconfig.merged_overrides(config, "prod", "CognitoUserPoolId=us-east-1_X CognitoClientIds=a,b LogLevel=WARN", names)
    check(merged.get("LogLevel") == "WARN" and merged.get("StageName") == "prod", "DEPLOY_PARAMETERS overrides samconfig.toml's values")
    for bad in ("Bogus=1", "SubnetIds=subnet-1"):
        try:
            samconfig.merged_overrides(config, "prod", "CognitoUserPoolId=x CognitoClientIds=y " + bad, names)
            check(False, f"overrides refuses {bad}")
        except samconfig.ConfigError:
            check(True, f"overrides refuses {bad}")
    check(samconfig.plan(config, "push", "refs/heads/main", "", "6.3.1")[:3] == ["dev=true", "staging=false", "prod=false"]
          and samconfig.plan(config, "workflow_dispatch", "refs/heads/main", "prod", "6.3.1")[:3] == ["dev=false", "staging=false", "prod=true"],
          "main plans dev; a manual run plans the chosen environment only")
    lines = samconfig.plan(config, "push", "refs/tags/v1.0.0", "", "6.3.1")
    check("staging=true" in lines and "prod=true" in lines and any(l.startswith("image=swift:6.3.1-amazonlinux2") for l in lines),
          "a release tag plans staging and prod in the runtime's Amazon Linux image")


# --- workflows -----------------------------------------------------------------------------------
def check_workflows():
    import yaml
    text = "\n".join(p.read_text() for p in sorted(Path(".github/workflows").glob("*.yml")))
    check("aws-access-key-id" not in text and "AWS_SECRET_ACCESS_KEY" not in text, "no workflow uses long-lived AWS keys")
    deploy = yaml.safe_load(Path(".github/workflows/deploy-environment.yml").read_text())
    job = deploy["jobs"]["deploy"]
    steps = job["steps"]
    creds = [s for s in steps if str(s.get("uses", "")).startswith("aws-actions/configure-aws-credentials@")]
    check(len(creds) == 1 and "secrets.AWS_DEPLOY_ROLE_ARN" in creds[0]["with"]["role-to-assume"],
          "deploy takes OIDC credentials for the AWS_DEPLOY_ROLE_ARN secret")
    check(job.get("permissions", {}).get("id-token") == "write", "the deploy job may request GitHub's OIDC token")
    check("inputs.environment" in json.dumps(job.get("environment")), "the deploy job runs in its GitHub environment (approvals)")
    runs = " ".join(str(s.get("run", "")) for s in steps)
    check("sam build --config-env" in runs and "sam deploy --config-env" in runs, "sam build and sam deploy use the samconfig.toml section")
    top = yaml.safe_load(Path(".github/workflows/deploy.yml").read_text())
    check("CHECK_GLIBC=1" in json.dumps(top["jobs"]["build"]), "the build job fails on an artifact the runtime's glibc cannot run")
    ci = yaml.safe_load(Path(".github/workflows/ci.yml").read_text())
    ci_text = json.dumps(ci)
    check("make test" in ci_text and "make eval" in ci_text and "GITHUB_STEP_SUMMARY" in ci_text
          and "hashFiles('Package.swift')" in ci_text, "ci runs make test, caches .build on Package.swift, summarises make eval")


def main():
    template = load_template(TEMPLATE)
    check_build_targets(template)
    check_renders(template)
    check_alarms(template)
    check_samconfig(template)
    check_workflows()
    if failures:
        print(f"check_deploy: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("check_deploy: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
