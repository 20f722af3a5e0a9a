"""Starts `lambda-local serve` on a free loopback port for the API checks and mints a doctor's token.
Needs the database URLs exported (the Makefile's WITH_DB does it) and lambda-local built."""
import contextlib, os, subprocess, tempfile, time, uuid

LAMBDA_LOCAL = os.environ.get("LAMBDA_LOCAL", ".build/debug/lambda-local")


def mint_token(sub, clinic, group="doctors"):
    return subprocess.run([LAMBDA_LOCAL, "token", "--sub", sub, "--group", group, "--clinic", clinic,
                           "--email", f"{sub}@example.org"], check=True, capture_output=True, text=True).stdout.strip()


@contextlib.contextmanager
def serve():
    """Yields (base URL, doctor token, clinic); the clinic is new per run so earlier runs' rows do not show."""
    state = tempfile.mkdtemp(prefix="api-serve-", dir=os.path.abspath(".local"))
    out, err = open(os.path.join(state, "serve.out"), "w+"), open(os.path.join(state, "serve.err"), "w")
    process = subprocess.Popen([LAMBDA_LOCAL, "serve", "--port", "0", "--state-dir", state, "--log-file",
                                os.path.join(state, "serve.log")], stdout=out, stderr=err, start_new_session=True)
    try:
        url = None
        for _ in range(300):
            out.seek(0)
            for line in out.read().splitlines():
                if line.startswith("lambda-local serve: listening on "):
                    url = line.split("listening on ", 1)[1].strip()
            if url or process.poll() is not None:
                break
            time.sleep(0.1)
        if not url:
            raise SystemExit(f"lambda-local serve did not start (state in {state})")
        if not url.startswith("http://127.0.0.1:"):
            raise SystemExit(f"lambda-local serve is not on loopback: {url}")
        clinic = "clinic-api-" + uuid.uuid4().hex[:8]
        yield url, mint_token("dr-api-" + uuid.uuid4().hex[:8], clinic), clinic
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        out.close(); err.close()
