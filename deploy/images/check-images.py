#!/usr/bin/env python3
"""Checks the image tarballs the `images` profile built, and starts one of them.

    check-images.py [--run IMAGE.tar] IMAGE.tar...

Every image must run as the unprivileged user, start Java, and carry its version and revision as labels. With
--run, that image's file system is unpacked and its entrypoint started, as the image's user, in a chroot with
its own process namespace (root needed; skipped otherwise), and must answer its liveness probe within two
minutes, and its health check command (hcir-probe) must agree. No container engine is involved.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request

REQUIRED_LABELS = ["org.opencontainers.image.title", "org.opencontainers.image.version",
                   "org.opencontainers.image.revision", "org.opencontainers.image.source",
                   "org.opencontainers.image.created"]


def read_image(path):
    with tarfile.open(path) as image:
        manifest = json.load(image.extractfile("manifest.json"))[0]
        config = json.load(image.extractfile(manifest["Config"]))
    return manifest, config


def check(path):
    manifest, config = read_image(path)
    container = config["config"]
    problems = []
    if container.get("User") != "10001:10001":
        problems.append("runs as %r, not 10001:10001" % container.get("User"))
    if not container.get("Entrypoint") or container["Entrypoint"][0] != "java":
        problems.append("entrypoint %r does not start java" % container.get("Entrypoint"))
    labels = container.get("Labels") or {}
    problems += ["label %s missing" % label for label in REQUIRED_LABELS if not labels.get(label)]
    if len(manifest["Layers"]) != len(config["rootfs"]["diff_ids"]):
        problems.append("manifest and configuration disagree on the layers")
    size = os.path.getsize(path)
    print("%-60s %4d MiB  %s %s  layers=%d" % (os.path.basename(path), size // (1024 * 1024),
          labels.get("org.opencontainers.image.title"), labels.get("org.opencontainers.image.version"),
          len(manifest["Layers"])))
    return problems


def run(path):
    if os.geteuid() != 0:
        print("Not root: skipping the start of %s" % os.path.basename(path))
        return []
    manifest, config = read_image(path)
    container = config["config"]
    root = tempfile.mkdtemp(prefix="hcir-image-run-")
    process = None
    try:
        with tarfile.open(path) as image:
            for layer in manifest["Layers"]:
                with tarfile.open(fileobj=image.extractfile(layer)) as files:
                    files.extractall(root, numeric_owner=True)
        os.makedirs(os.path.join(root, "proc"), exist_ok=True)
        port = 18000 + os.getpid() % 1000
        command = ["unshare", "--mount", "--pid", "--fork", "--mount-proc=%s/proc" % root,
                   "chroot", "--userspec=" + container["User"], root,
                   "/usr/bin/env", "-i"] + container.get("Env", []) + secrets_for_a_trial_run() + \
                  ["sh", "-c", 'cd "$0" && exec "$@"', container.get("WorkingDir", "/")] + \
                  container["Entrypoint"] + (container.get("Cmd") or []) + ["--server.port=%d" % port]
        log = open(os.path.join(tempfile.gettempdir(), os.path.basename(path) + ".run.log"), "w")
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = "http://127.0.0.1:%d/actuator/health/liveness" % port
        deadline = time.time() + 120
        while time.time() < deadline:
            if process.poll() is not None:
                return ["%s exited with %d while starting; see %s" % (path, process.returncode, log.name)]
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        print("%s started as %s and answered %s" % (os.path.basename(path), container["User"], url))
                        return probe(root, container, port)
            except OSError:
                pass
            time.sleep(1)
        return ["%s did not answer %s within two minutes; see %s" % (path, url, log.name)]
    finally:
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        shutil.rmtree(root, ignore_errors=True)


def secrets_for_a_trial_run():
    """A throwaway service token signing key: the portal refuses to start without one, as in production."""
    key = subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
                         capture_output=True, text=True, check=True).stdout
    return ["HCIR_PORTAL_SERVICE_TOKEN_SIGNING_KEY=" + key]


def probe(root, container, port):
    """The image's own health check command must agree that the application is live and ready."""
    result = subprocess.run(["chroot", "--userspec=" + container["User"], root, "/usr/bin/env", "-i",
                             "SERVER_PORT=%d" % port, "/usr/local/bin/hcir-probe", "liveness", "readiness"],
                            capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        return ["hcir-probe in the image failed (%d): %s" % (result.returncode, result.stderr.strip())]
    print("hcir-probe liveness readiness succeeded inside the image")
    return []


def main(arguments):
    to_run = []
    if len(arguments) >= 2 and arguments[0] == "--run":
        to_run = [arguments[1]]
        arguments = arguments[2:]
    if not arguments:
        print(__doc__)
        return 2
    problems = []
    for path in arguments:
        problems += ["%s: %s" % (os.path.basename(path), problem) for problem in check(path)]
    for path in to_run:
        problems += run(path)
    for problem in problems:
        print("PROBLEM " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
