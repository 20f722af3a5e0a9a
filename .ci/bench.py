#!/usr/bin/env python3
"""`make bench`: the Runtime API loop's figures next to a C floor measured in
the same run. Emulator and function are pinned to CPU 0 (taskset -c 0);
each figure is the median of RUNS runs, each run itself a median of REPEAT
invocations measured by `lambda-local invoke --repeat` (back to back: from
the moment an event is queued to the moment its response reaches the
Runtime API, which includes the function's whole loop cycle).

Warm figures run without a database (health answers `not_configured`);
when DATABASE_URL is set (make bench starts the local database), start-up
runs get it, so the functions that require one can start, and health is
also measured with its `SELECT 1`."""
import json, os, re, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "10000"))
BIN = subprocess.check_output(["swift", "build", "-c", "release", "--static-swift-stdlib", "--show-bin-path"], cwd=ROOT, text=True).strip()
LOCAL = os.path.join(BIN, "lambda-local")
FIVE = ["authorizer", "summarizer", "file-processor", "chat", "health"]

def build_floor():
    out = os.path.join(ROOT, ".build", "bench-floor")
    subprocess.check_call(["cc", "-O2", "-o", out, os.path.join(ROOT, "Tests/Benchmarks/runtime_floor.c")])
    return out

DB_VARS = ("DATABASE_URL", "DATABASE_MIGRATION_URL", "DB_SECRET_ARN")
HAS_DB = bool(os.environ.get("DATABASE_URL"))

def environment(with_db):
    env = dict(os.environ)
    env.setdefault("UPLOAD_BUCKET", "bench-uploads")  # file-processor's one required setting besides the database
    if not with_db:
        for key in DB_VARS:
            env.pop(key, None)
    return env

def invoke(function, event, repeat, with_db=False):
    return subprocess.run(["taskset", "-c", "0", LOCAL, "invoke", function, event, "--repeat", str(repeat)],
                          cwd=ROOT, capture_output=True, text=True, env=environment(with_db))

def run(function, event, repeat, allow_error=False, with_db=False):
    p = invoke(function, event, repeat, with_db)
    if p.returncode != 0 and not allow_error:
        sys.exit(f"bench: {function} failed: {p.stdout[-300:]}")
    err = p.stderr
    median = float(re.search(r"median ([0-9.]+) µs", err).group(1))
    startup = float(re.search(r"start-up \(spawn to first next\) ([0-9.]+) µs", err).group(1))
    rss = int(re.search(r"peak RSS (\d+) KB", err).group(1))
    return median, startup, rss

def stripped_size(path):
    tmp = tempfile.mktemp()
    shutil.copy(path, tmp)
    subprocess.check_call(["strip", tmp])
    size = os.path.getsize(tmp)
    os.unlink(tmp)
    return size

def main():
    floor = build_floor()
    tmp = tempfile.mkdtemp()
    events = {}
    for label, size in (("1 KB", 1024), ("100 KB", 100 * 1024)):
        path = os.path.join(tmp, f"event-{size}.json")
        with open(path, "w") as f:
            f.write(json.dumps({"data": "x" * (size - 12)}))
        events[label] = path
    print(f"Runtime API loop benchmark: {RUNS} runs x {REPEAT} invocations, emulator and function on CPU 0")
    print(f"{'function':<12}{'event':<8}{'warm median µs':>16}{'x floor':>9}{'start-up µs':>13}{'+floor ms':>11}{'peak RSS KB':>13}")
    for label, event in events.items():
        rows = {"floor (C)": [], "echo": []}
        for _ in range(RUNS):  # interleaved so drift hits both alike
            rows["floor (C)"].append(run(floor, event, REPEAT))
            rows["echo"].append(run(os.path.join(BIN, "bench-echo"), event, REPEAT))
        f_warm = statistics.median(r[0] for r in rows["floor (C)"])
        f_start = statistics.median(r[1] for r in rows["floor (C)"])
        for name, results in rows.items():
            warm = statistics.median(r[0] for r in results)
            start = statistics.median(r[1] for r in results)
            rss = max(r[2] for r in results)
            print(f"{name:<12}{label:<8}{warm:>16.1f}{warm / f_warm:>9.2f}{start:>13.0f}{(start - f_start) / 1000:>+11.2f}{rss:>13}")
    health_event = os.path.join(ROOT, "events/health/get-health.json")
    # The authorizer with a valid token minted by the local issuer (its JWKS served by lambda-local).
    token = subprocess.check_output([LOCAL, "token", "--sub", "bench-doctor", "--group", "doctors", "--clinic", "clinic-bench"], cwd=ROOT, text=True).strip()
    with open(os.path.join(ROOT, "events/authorizer/token.json")) as f:
        event = json.load(f)
    event["authorizationToken"] = "Bearer " + token
    auth_event = os.path.join(tmp, "authorizer-token.json")
    with open(auth_event, "w") as f:
        json.dump(event, f)
    floor_runs, health_runs, db_runs, auth_runs, firsts = [], [], [], [], []
    for _ in range(RUNS):  # interleaved, so the floor shares each run's conditions
        floor_runs.append(run(floor, health_event, REPEAT))
        health_runs.append(run("health", health_event, REPEAT))
        if HAS_DB:
            db_runs.append(run("health", health_event, REPEAT, with_db=True))
        p = invoke("authorizer", auth_event, REPEAT)
        if p.returncode != 0 or '"Allow"' not in p.stdout:
            sys.exit("bench: the authorizer did not allow the benchmark token: " + p.stdout[-300:])
        auth_runs.append(float(re.search(r"median ([0-9.]+) µs", p.stderr).group(1)))
        firsts.append(float(re.search(r"first ([0-9.]+) µs", p.stderr).group(1)))
    f_warm = statistics.median(r[0] for r in floor_runs)
    h_warm = statistics.median(r[0] for r in health_runs)
    print(f"{'floor (C)':<12}{'GET':<8}{f_warm:>16.1f}{1:>9.2f}")
    print(f"{'health':<12}{'GET':<8}{h_warm:>16.1f}{h_warm / f_warm:>9.2f}{statistics.median(r[1] for r in health_runs):>13.0f}{'':>11}{max(r[2] for r in health_runs):>13}   (database not configured)")
    if db_runs:
        d_warm = statistics.median(r[0] for r in db_runs)
        print(f"{'health':<12}{'GET':<8}{d_warm:>16.1f}{d_warm / f_warm:>9.2f}{statistics.median(r[1] for r in db_runs):>13.0f}{'':>11}{max(r[2] for r in db_runs):>13}   (SELECT 1 on the local database)")
    a_warm = statistics.median(auth_runs)
    print(f"{'authorizer':<12}{'TOKEN':<8}{a_warm:>16.1f}{a_warm / f_warm:>9.2f}   ({a_warm / h_warm:.2f}x health; floor + {a_warm - f_warm:.1f} µs; "
          f"runs {', '.join(f'{v:.1f}' for v in auth_runs)} µs)")
    print(f"{'':<20}first invocation incl. JWKS fetch: median {statistics.median(firsts):.0f} µs")
    print()
    print("Start-up (spawn to first next, median of runs) and stripped size of each bootstrap:")
    floor_start = statistics.median(run(floor, health_event, 2)[1] for _ in range(RUNS))
    print(f"  {'floor (C)':<16}{floor_start:>9.0f} µs")
    for fn in ["bench-echo"] + FIVE:
        event = auth_event if fn == "authorizer" else health_event  # others answer 404/501: start-up is what counts
        start = statistics.median(run(fn if fn != "bench-echo" else os.path.join(BIN, fn), event, 2, allow_error=True, with_db=HAS_DB)[1] for _ in range(RUNS))
        size = stripped_size(os.path.join(BIN, fn))
        print(f"  {fn:<16}{start:>9.0f} µs  (+{(start - floor_start) / 1000:.2f} ms)  {size / 1048576:6.2f} MB stripped")
    print()
    print("Targets (echo): warm <= 1.4x floor at 1 KB, <= 1.5x at 100 KB; start-up <= floor + 1.5 ms; peak RSS <= 10 MB; bootstrap <= 12 MB.")
    print("Target (authorizer): warm <= 80 µs per invocation.")

if __name__ == "__main__":
    main()
