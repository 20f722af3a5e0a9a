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
import http.server, json, os, re, shutil, ssl, statistics, subprocess, sys, tempfile, threading, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "10000"))
SPAWNS = int(os.environ.get("BENCH_SPAWNS", "40"))  # extra start-ups per row of the five bootstraps' table
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
    if os.environ.get("BENCH_ONLY") == "instructions":  # instructions per warm invocation (valgrind), no timings
        instructions_table(floor, tmp, os.path.join(ROOT, "events/health/get-health.json"))
        return
    if os.environ.get("BENCH_ONLY") == "five":  # the five bootstraps' table alone
        health_event = os.path.join(ROOT, "events/health/get-health.json")
        five_table(floor, tmp, health_event, authorizer_event(tmp))
        return
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
    auth_event = authorizer_event(tmp)
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
    five_table(floor, tmp, health_event, auth_event)
    print()
    print("Targets (echo): warm <= 1.4x floor at 1 KB, <= 1.5x at 100 KB; start-up <= floor + 1.5 ms; peak RSS <= 10 MB; bootstrap <= 12 MB.")
    print("Target (authorizer): warm <= 80 µs per invocation.")

# The production configuration of the database functions: DB_SECRET_ARN (fetched on first use, so
# neither Secrets Manager nor libpq is touched before the first request that needs the database).
SECRET_ENV = ["--env", "DB_SECRET_ARN=arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-db",
              "--env", "AWS_REGION=us-east-1", "--env", "UPLOAD_BUCKET=clinical-assistant-bench"]

def invoke_secret(function, event, repeat, timeout="30"):
    """The function as deployed (DB_SECRET_ARN, no DATABASE_URL), on an event that needs no database.
    health gets no database at all: with one, GET /health would fetch the secret (not on loopback)."""
    extra = [] if os.path.basename(function) == "health" else SECRET_ENV
    return subprocess.run(["taskset", "-c", "0", LOCAL, "invoke", function, event, "--repeat", str(repeat), "--timeout", timeout] + extra,
                          cwd=ROOT, capture_output=True, text=True, env=environment(False))

def authorizer_event(tmp):
    """A TOKEN event with a valid token minted by the local issuer (its JWKS served by lambda-local)."""
    token = subprocess.check_output([LOCAL, "token", "--sub", "bench-doctor", "--group", "doctors", "--clinic", "clinic-bench"], cwd=ROOT, text=True).strip()
    with open(os.path.join(ROOT, "events/authorizer/token.json")) as f:
        event = json.load(f)
    event["authorizationToken"] = "Bearer " + token
    path = os.path.join(tmp, "authorizer-token.json")
    with open(path, "w") as f:
        json.dump(event, f)
    return path

class HTTPSKeySet:
    """The local issuer's key set on a loopback HTTPS endpoint with a certificate made for this run, so the
    authorizer's cold first answer includes the TLS handshake of its JWKS fetch, as on AWS. The function is
    told to trust it with AWS_CA_BUNDLE = the system's bundle plus this certificate (libcurl then reads a
    full bundle, as it does with the system roots on AWS)."""
    def __init__(self, tmp):
        cert, key = os.path.join(tmp, "jwks-cert.pem"), os.path.join(tmp, "jwks-key.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                               "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.bundle = os.path.join(tmp, "ca-bundle.pem")
        with open(self.bundle, "w") as out:
            for system in ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt"):
                if os.path.exists(system):
                    with open(system) as f:
                        out.write(f.read())
                    break
            with open(cert) as f:
                out.write(f.read())
        # The document and the authorizer settings of `lambda-local jwks` (the same local key the tokens are signed with).
        jwks = subprocess.Popen([LOCAL, "jwks", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        try:
            first = jwks.stdout.readline()
            url = re.search(r"at (http://\S+?);", first).group(1)
            self.settings = {}
            for line in jwks.stdout:
                name, _, value = line.strip().partition("=")
                self.settings[name] = value
                if len(self.settings) == 5:
                    break
            document = urllib.request.urlopen(url).read()
        finally:
            jwks.kill()
            jwks.wait()

        class KeySet(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(document)))
                self.end_headers()
                self.wfile.write(document)
            def log_message(self, *args):
                pass
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), KeySet)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.settings["COGNITO_JWKS_URL"] = f"https://127.0.0.1:{self.server.server_address[1]}/.well-known/jwks.json"
        self.settings["AWS_CA_BUNDLE"] = self.bundle

    def arguments(self):
        return [a for name, value in sorted(self.settings.items()) for a in ("--env", f"{name}={value}")]

def figures(stderr):
    def grab(pattern):
        m = re.search(pattern, stderr)
        return float(m.group(1)) if m else float("nan")
    return {"first": grab(r"first ([0-9.]+) µs"), "median": grab(r"median ([0-9.]+) µs"),
            "startup": grab(r"start-up \(spawn to first next\) ([0-9.]+) µs"), "rss": grab(r"peak RSS (\d+) KB")}

def with_body(path, out, body):
    """The same API event carrying `body` (API Gateway passes a body on any method)."""
    with open(path) as f:
        event = json.load(f)
    event["body"] = body
    event["isBase64Encoded"] = False
    with open(out, "w") as f:
        json.dump(event, f)
    return out

def five_table(floor, tmp, health_event, auth_event):
    """Issue 18's table: each of the five bootstraps next to the C floor of the same runs — start-up, cold
    first response (start-up + the first real request), warm time on a SAM-shaped API event (a 404 route
    for the database functions: the router and event path without a database call) and on the same event
    carrying a 1 KB JSON body, peak RSS and stripped size. (The loop's own cost on a bare 1 KB event is the
    echo row above: a 1 KB non-API event is an invalid event for every one of the five.)"""
    not_found = not_found_event(health_event, os.path.join(tmp, "api-404.json"))
    kilobyte = json.dumps({"data": "x" * (1024 - 12)})
    api_event = {"health": health_event, "authorizer": auth_event}
    # The 1 KB column: the API event with a 1 KB body; for the authorizer, its TOKEN event (about 1 KB with the token).
    kb_event = {"health": with_body(health_event, os.path.join(tmp, "health-1kb.json"), kilobyte), "authorizer": auth_event}
    not_found_kb = with_body(not_found, os.path.join(tmp, "api-404-1kb.json"), kilobyte)
    # The first real request each function serves on a cold start (local endpoints and database).
    first_event = {"health": health_event, "authorizer": auth_event,
                   "summarizer": os.path.join(ROOT, "events/summarizer/post-summarize-es.json"),
                   "file-processor": os.path.join(ROOT, "events/file-processor/post-uploads.json"),
                   "chat": os.path.join(ROOT, "events/chat/post-chat.json")}
    keyset = HTTPSKeySet(tmp)
    rows = {}
    floors = []
    # BENCH_BASELINE=<folder holding the five binaries of another build>: each also runs, interleaved in the
    # same runs, as "<fn> (baseline)" (a before/after on the same machine under the same load).
    baseline = os.environ.get("BENCH_BASELINE")
    binaries = [(fn, fn, os.path.join(BIN, fn)) for fn in FIVE]
    if baseline:
        binaries = [b for fn in FIVE for b in ((fn + " (baseline)", fn, os.path.join(baseline, fn)), (fn, fn, os.path.join(BIN, fn)))]
    denied = set()
    for _ in range(RUNS):  # interleaved with the floor
        p = subprocess.run(["taskset", "-c", "0", LOCAL, "invoke", floor, not_found, "--repeat", str(REPEAT)], cwd=ROOT, capture_output=True, text=True)
        floors.append(figures(p.stderr))
        for label, fn, path in binaries:
            row = rows.setdefault(label, {"startup": [], "api": [], "kb": [], "rss": [], "cold": [], "path": path})
            b = figures(invoke_secret(path, api_event.get(fn, not_found), REPEAT).stderr)
            row["startup"].append(b["startup"]); row["api"].append(b["median"]); row["rss"].append(b["rss"])
            k = figures(invoke_secret(path, kb_event.get(fn, not_found_kb), REPEAT).stderr)
            row["kb"].append(k["median"]); row["rss"].append(k["rss"])
            if HAS_DB or fn == "authorizer":
                # The authorizer's first token fetches its key set over HTTPS (keyset); the others need the database.
                extra = keyset.arguments() if fn == "authorizer" else []
                cold = subprocess.run(["taskset", "-c", "0", LOCAL, "invoke", path, first_event[fn], "--repeat", "2"] + extra,  # timings need 2
                                      cwd=ROOT, capture_output=True, text=True, env=environment(True))
                c = figures(cold.stderr)
                if fn == "authorizer" and '"Allow"' not in cold.stdout:
                    denied.add(label)  # e.g. a baseline built before AWS_CA_BUNDLE: it cannot trust the endpoint
                    c["first"] = float("nan")
                row["cold"].append(c["startup"] + c["first"])
    keyset.server.shutdown()
    # Start-up alone, BENCH_SPAWNS more spawns per row (interleaved with the floor's): the 5 samples of the runs
    # above move by ±1 ms from run to run on this VM, too few for a millisecond target.
    floor_starts = [f["startup"] for f in floors]
    for _ in range(SPAWNS):
        p = subprocess.run(["taskset", "-c", "0", LOCAL, "invoke", floor, not_found, "--repeat", "2"], cwd=ROOT, capture_output=True, text=True)
        floor_starts.append(figures(p.stderr)["startup"])
        for label, fn, path in binaries:
            rows[label]["startup"].append(figures(invoke_secret(path, api_event.get(fn, not_found), 2).stderr)["startup"])
    med = lambda values: statistics.median(v for v in values if v == v) if any(v == v for v in values) else float("nan")
    f_start, f_warm, f_rss = med(floor_starts), med([f["median"] for f in floors]), max(f["rss"] for f in floors)
    print(f"The five bootstraps next to the C floor ({RUNS} interleaved runs x {REPEAT} invocations, CPU 0; start-up the median of "
          f"{RUNS + SPAWNS} spawns; "
          "configured as deployed: DB_SECRET_ARN, fetched on first use):")
    print(f"{'':<24}{'start-up ms':>12}{'+floor':>8}{'cold 1st ms':>12}{'warm API µs':>12}{'x floor':>8}{'warm 1 KB µs':>13}{'x floor':>8}"
          f"{'RSS MB':>8}{'MB stripped':>12}")
    print(f"{'floor (C)':<24}{f_start / 1000:>12.2f}{'':>8}{'':>12}{f_warm:>12.1f}{1:>8.2f}{'':>13}{'':>8}{f_rss / 1024:>8.1f}")
    for label, r in rows.items():
        start, api_warm, kb_warm, cold = med(r["startup"]), med(r["api"]), med(r["kb"]), med(r["cold"]) if r["cold"] else float("nan")
        print(f"{label:<24}{start / 1000:>12.2f}{(start - f_start) / 1000:>+8.2f}{cold / 1000:>12.1f}{api_warm:>12.1f}{api_warm / f_warm:>8.2f}"
              f"{kb_warm:>13.1f}{kb_warm / f_warm:>8.2f}{max(r['rss']) / 1024:>8.1f}{stripped_size(r['path']) / 1048576:>12.2f}")
    print("  warm API: GET /health for health, a TOKEN event for the authorizer, a 404 route for the others;")
    print("  warm 1 KB: the same API event with a 1 KB JSON body (the authorizer: its TOKEN event, about 1 KB with the token);")
    print("  cold 1st: spawn to the first real answer with the local database and endpoints (health's SELECT 1, the authorizer's")
    print("  first token with its JWKS fetched over loopback HTTPS (a certificate made for the run, trusted through AWS_CA_BUNDLE),")
    print("  a first summary, upload URL and chat answer, each with its database connection).")
    for label in sorted(denied):
        print(f"  {label}: its first token was denied over HTTPS (no AWS_CA_BUNDLE support in that build): cold 1st not measured.")
    print("Targets (issue 18): health warm <= 2x floor, start-up <= floor + 2 ms, peak RSS <= 10 MB, stripped <= 12 MB;")
    print("  summarizer, file-processor, chat warm <= 2.5x floor on a 404 route, start-up <= floor + 2.5 ms; authorizer unchanged or better.")

def not_found_event(health_event, out):
    """The SAM-shaped GET event on a route no function has: the router and event path without a database call."""
    with open(health_event) as f:
        event = json.load(f)
    event["resource"] = event["path"] = "/no-such-route"
    event["requestContext"]["resourcePath"] = "/no-such-route"
    with open(out, "w") as f:
        json.dump(event, f)
    return out

def callgrind_instructions(binary, event, repeat, tmp):
    """User-space instructions the function process executes in its whole life (start-up, `repeat` invocations of
    `event`, exit), counted by valgrind's callgrind: exact and independent of the machine's load, unlike wall time
    (this VM exposes no hardware counters to perf). The function runs under a wrapper named like it (lambda-local
    configures a function by its name)."""
    name = os.path.basename(binary)
    folder = tempfile.mkdtemp(dir=tmp)
    out = os.path.join(folder, "callgrind.out")
    wrapper = os.path.join(folder, name)
    # Without its DWARF (valgrind 3.19 cannot read the toolchain's DWARF 5); the symbol table stays, for callgrind_annotate.
    copy = os.path.join(folder, name + ".nodebug")
    subprocess.check_call(["objcopy", "--strip-debug", binary, copy])
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\n"
                f"valgrind -q --tool=callgrind --callgrind-out-file={out} --log-file={out}.log {copy} &\n"
                "vg=$! me=$$\n"
                # Killed (SIGKILL) at lambda-local's end, this wrapper turns into a zombie; the watcher then stops the
                # function with SIGTERM (a background job of sh ignores SIGINT), and callgrind writes its totals.
                "(while grep -q '^State:[^Z]*$' /proc/$me/status 2>/dev/null; do sleep 0.05; done; kill -TERM $vg) &\n"
                "wait $vg\n")
    os.chmod(wrapper, 0o755)
    p = invoke_secret(wrapper, event, repeat, timeout="120")
    if p.returncode != 0:
        sys.exit(f"bench: {name} under callgrind failed: {p.stdout[-300:]}")
    for _ in range(600):  # the function exits once it finds the Runtime API gone
        if os.path.exists(out):
            with open(out) as f:
                totals = re.search(r"^totals: (\d+)", f.read(), re.M)
            if totals:
                return int(totals.group(1))
        threading.Event().wait(0.1)
    sys.exit(f"bench: no callgrind totals for {name}")

def instructions_table(floor, tmp, health_event):
    """Instructions per warm invocation of each API function, (I(N + K) - I(N)) / K over the same event, so start-up,
    the first invocation's one-time work and exit cancel out: health on SAM's GET /health, the others on the bench's
    404 route (as deployed: DB_SECRET_ARN, fetched on first use). BENCH_BASELINE=<folder> adds its binaries."""
    not_found = not_found_event(health_event, os.path.join(tmp, "api-404.json"))
    low, extra, rounds = 20, int(os.environ.get("BENCH_EXTRA", "2000")), int(os.environ.get("BENCH_ROUNDS", "3"))
    functions = os.environ.get("BENCH_FUNCTIONS", "health,summarizer,file-processor,chat").split(",")
    baseline = os.environ.get("BENCH_BASELINE")
    binaries = [(fn, os.path.join(BIN, fn)) for fn in functions]
    if baseline:
        binaries = [b for fn in functions for b in ((fn + " (baseline)", os.path.join(baseline, fn)), (fn, os.path.join(BIN, fn)))]
    binaries.insert(0, ("floor (C, the 404 event)", floor))
    print(f"Instructions per warm invocation (callgrind, user space, function process only; (I({low}+{extra}) - I({low})) / {extra}, "
          f"median of {rounds}) and of start-up + exit (I({low}) less {low} warm invocations: the loader, the runtime, configuration, "
          "the first invocation's one-time work):")
    for label, path in binaries:
        event = health_event if os.path.basename(path) == "health" else not_found
        pers, lives = [], []
        for _ in range(rounds):
            short = callgrind_instructions(path, event, low, tmp)
            per = (callgrind_instructions(path, event, low + extra, tmp) - short) / extra
            pers.append(per); lives.append(short - low * per)  # start-up and exit: the life less its warm invocations
        print(f"{label:<28}{statistics.median(pers):>10.0f} per invocation {statistics.median(lives):>12.0f} start-up + exit"
              f"   (rounds: {', '.join(f'{v:.0f}' for v in sorted(pers))})", flush=True)

if __name__ == "__main__":
    main()
