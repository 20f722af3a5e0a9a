#!/usr/bin/env python3
"""samconfig.toml for the deploy workflow (and for a deploy by hand).

  samconfig.py plan                  GITHUB_EVENT_NAME, GITHUB_REF, DISPATCH_ENVIRONMENT, SWIFT_VERSION
                                     -> dev=, staging=, prod= (true/false), runtime=, image= (for $GITHUB_OUTPUT)
  samconfig.py get ENV KEY           a deploy parameter of ENV (region, stack_name, ...)
  samconfig.py runtime ENV           ENV's LambdaRuntime
  samconfig.py overrides ENV         ENV's parameter_overrides merged with DEPLOY_PARAMETERS
                                     ("Key=Value ..."), one Key=Value a line; fails on a name the
                                     template does not declare or a required parameter left out.
"""
import os
import re
import shlex
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENTS = ("dev", "staging", "prod")
# The Swift image that builds for each custom runtime: its glibc is the runtime's.
IMAGES = {"provided.al2": "swift:{version}-amazonlinux2", "provided.al2023": "swift:{version}-amazonlinux2023"}


class ConfigError(Exception):
    pass


def load(path=ROOT / "samconfig.toml"):
    with open(path, "rb") as f:
        return tomllib.load(f)


def deploy_parameters(config, env):
    try:
        return config[env]["deploy"]["parameters"]
    except KeyError:
        raise ConfigError(f"samconfig.toml has no [{env}.deploy.parameters]") from None


def parse_overrides(text, origin):
    """'A="x" B=y' -> {"A": "x", "B": "y"} (sam's Key=Value form)."""
    values = {}
    for token in shlex.split(text or ""):
        key, sep, value = token.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9]+", key):
            raise ConfigError(f"{origin}: {token!r} is not Key=Value")
        values[key] = value
    return values


def template_parameters(path=ROOT / "template.yaml"):
    """Name -> declared properties, read without a YAML library (the block under Parameters:)."""
    params, current, inside = {}, None, False
    for line in Path(path).read_text().splitlines():
        if re.match(r"^\S", line):
            inside = line.startswith("Parameters:")
            continue
        if not inside:
            continue
        m = re.match(r"^  ([A-Za-z0-9]+):\s*$", line)
        if m:
            current = params.setdefault(m.group(1), {})
            continue
        m = re.match(r"^    (Default|Type):\s*(.*)$", line)
        if m and current is not None:
            current[m.group(1)] = m.group(2)
    return params


def merged_overrides(config, env, extra, declared):
    values = parse_overrides(deploy_parameters(config, env).get("parameter_overrides", ""), f"samconfig.toml [{env}]")
    values.update(parse_overrides(extra, "DEPLOY_PARAMETERS"))
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise ConfigError(f"{env}: template.yaml declares no parameter {', '.join(unknown)}")
    missing = sorted(n for n, p in declared.items() if "Default" not in p and n not in values)
    if missing:
        raise ConfigError(f"{env}: required parameters without a value: {', '.join(missing)} "
                          "(set them in the GitHub environment's DEPLOY_PARAMETERS variable)")
    if bool(values.get("SubnetIds")) != bool(values.get("SecurityGroupIds")):
        raise ConfigError(f"{env}: SubnetIds and SecurityGroupIds are given together or not at all")
    return values


def runtime(config, env):
    values = parse_overrides(deploy_parameters(config, env).get("parameter_overrides", ""), env)
    value = values.get("LambdaRuntime")
    if value not in IMAGES:
        raise ConfigError(f"{env}: LambdaRuntime must be one of {', '.join(IMAGES)} (got {value!r})")
    return value


def plan(config, event, ref, dispatched, swift_version):
    if event == "workflow_dispatch":
        if dispatched not in ENVIRONMENTS:
            raise ConfigError(f"unknown environment {dispatched!r}")
        targets = [dispatched]
    elif event == "push" and ref == "refs/heads/main":
        targets = ["dev"]
    elif event == "push" and ref.startswith("refs/tags/v"):
        targets = ["staging", "prod"]  # prod after staging, each behind its environment's approval
    else:
        raise ConfigError(f"nothing to deploy for {event} {ref}")
    runtimes = {runtime(config, env) for env in targets}
    if len(runtimes) != 1:
        raise ConfigError(f"{' and '.join(targets)} must use one LambdaRuntime: prod runs what staging ran")
    chosen = runtimes.pop()
    lines = [f"{env}={'true' if env in targets else 'false'}" for env in ENVIRONMENTS]
    lines += [f"runtime={chosen}", f"image={IMAGES[chosen].format(version=swift_version)}"]
    return lines


def main(argv):
    config = load()
    command = argv[1] if len(argv) > 1 else ""
    if command == "plan":
        lines = plan(config, os.environ.get("GITHUB_EVENT_NAME", ""), os.environ.get("GITHUB_REF", ""),
                     os.environ.get("DISPATCH_ENVIRONMENT", ""), os.environ.get("SWIFT_VERSION", ""))
    elif command == "get" and len(argv) == 4:
        value = deploy_parameters(config, argv[2]).get(argv[3])
        if value is None:
            raise ConfigError(f"[{argv[2]}.deploy.parameters] has no {argv[3]}")
        lines = [str(value)]
    elif command == "runtime" and len(argv) == 3:
        lines = [runtime(config, argv[2])]
    elif command == "overrides" and len(argv) == 3:
        values = merged_overrides(config, argv[2], os.environ.get("DEPLOY_PARAMETERS", ""), template_parameters())
        lines = [f"{k}={v}" for k, v in values.items()]
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except ConfigError as error:
        print(f"samconfig: {error}", file=sys.stderr)
        sys.exit(1)
