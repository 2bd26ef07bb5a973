"""The differential suite of `make test-interop`: every line of commands.py through the real AWS CLI (/usr/bin/aws,
against `ec2-tutor serve`) and through ec2-tutor's own emulation (`ec2-tutor run`), on the same seed and in the same
order; compares exit code, stdout and stderr after normalising what may differ between two runs (request ids).

Usage: differential.py ROOT [--threshold PCT] [--show N] [--record DIR] [--golden DIR]
  --record DIR  also writes the real CLI's outputs there (golden files);
  --golden DIR  compares against recorded outputs instead of running the real CLI (no /usr/bin/aws needed).
Prints the identical share, per group, and the first differences; exits 1 under the threshold.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import commands  # noqa: E402

SEED = "7"
MARK = "@@@"


def script(lines):
    """One script for both sides: markers on both streams around each line, and its exit status."""
    out = []
    for i, (_, line) in enumerate(lines):
        out.append(f'echo "{MARK} {i}"')
        out.append(f'echo "{MARK} {i}" >&2')
        out.append(line)
        out.append(f'echo "{MARK}rc $?"')
    return "\n".join(out) + "\n"


def split(stdout, stderr, n):
    """Per line: (exit code, stdout, stderr)."""
    outs = re.split(rf"^{MARK} (\d+)\n", stdout, flags=re.M)
    errs = re.split(rf"^{MARK} (\d+)\n", stderr, flags=re.M)
    res = [[None, "", ""] for _ in range(n)]
    for k in range(1, len(outs) - 1, 2):
        body = outs[k + 1]
        m = re.search(rf"^{MARK}rc (\d+)\n?\Z", body, flags=re.M)
        code = None
        if m:
            code = int(m.group(1))
            body = body[: m.start()]
        res[int(outs[k])][0] = code
        res[int(outs[k])][1] = body
    for k in range(1, len(errs) - 1, 2):
        res[int(errs[k])][2] = errs[k + 1]
    return res


UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def normalise(text, tmp):
    text = text.replace(tmp, "TMP")
    text = UUID.sub("UUID", text)
    # The emulation prints failed cells' stderr without its blank edges; compare line content.
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))


def start_serve(root, tmp):
    conf = os.path.join(tmp, "aws")
    proc = subprocess.Popen(
        [os.path.join(root, "bin/ec2-tutor"), "serve", "--seed", SEED, "--aws-config-dir", conf],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = None
    for line in proc.stdout:
        m = re.search(r"AWS_ENDPOINT_URL=(\S+)", line)
        if m:
            url = m.group(1)
            break
    threading.Thread(target=proc.stdout.read, daemon=True).start()
    return proc, url, conf


def run_real(root, lines, tmp):
    proc, url, conf = start_serve(root, tmp)
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(AWS_CONFIG_FILE=f"{conf}/config", AWS_SHARED_CREDENTIALS_FILE=f"{conf}/credentials",
                   AWS_PAGER="", PATH="/usr/bin:/bin", HOME=tmp)
        # CLIs before 2.13 read no endpoint_url from the config file.
        pre = f'aws() {{ /usr/bin/aws --endpoint-url "{url}" "$@"; }}\n'
        path = os.path.join(tmp, "real.sh")
        with open(path, "w") as f:
            f.write(pre + script(lines))
        r = subprocess.run(["bash", path], capture_output=True, text=True, env=env, cwd=tmp, stdin=subprocess.DEVNULL)
        return split(r.stdout, r.stderr, len(lines))
    finally:
        proc.terminate()
        proc.wait()


def run_emulated(root, lines, tmp):
    path = os.path.join(tmp, "emulated.sh")
    with open(path, "w") as f:
        f.write(script(lines))
    env = dict(os.environ, HOME=tmp, EC2_TUTOR_HOME=os.path.join(tmp, "home"))
    r = subprocess.run([os.path.join(root, "bin/ec2-tutor"), "run", "--seed", SEED, "--keep-going", path],
                       capture_output=True, text=True, env=env, cwd=tmp, stdin=subprocess.DEVNULL)
    return split(r.stdout, r.stderr, len(lines))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--threshold", type=float, default=0.0)
    p.add_argument("--show", type=int, default=40)
    p.add_argument("--record")
    p.add_argument("--golden")
    p.add_argument("--group")
    a = p.parse_args()
    a.root = os.path.abspath(a.root)
    chunks = commands.chunks()
    if a.group:
        wanted = ("prelude",) + tuple(a.group.split(","))
        chunks = [[c for c in ch if c[0] in wanted] for ch in chunks]
    results = [None] * len(chunks)

    def work(i):
        tmp = tempfile.mkdtemp(prefix=f"ec2t-diff{i}-")
        try:
            if a.golden:
                with open(os.path.join(a.golden, f"chunk{i}.json")) as f:
                    real = [tuple(x) for x in json.load(f)]
            else:
                real = run_real(a.root, chunks[i], tmp)
            emu = run_emulated(a.root, chunks[i], tmp)
            results[i] = (real, emu, tmp)
        except Exception as e:  # a harness fault is a failed run, not a traceback per chunk
            results[i] = e

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(chunks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    groups = OrderedDict()
    diffs = []
    total = same = 0
    for i, ch in enumerate(chunks):
        if isinstance(results[i], Exception):
            print(f"chunk {i} failed: {results[i]}")
            return 2
        real, emu, tmp = results[i]
        if a.record:
            os.makedirs(a.record, exist_ok=True)
            with open(os.path.join(a.record, f"chunk{i}.json"), "w") as f:
                json.dump([[r[0], normalise(r[1], tmp), normalise(r[2], tmp)] for r in real], f, indent=0)
        for k, (group, line) in enumerate(ch):
            rr = (real[k][0], normalise(real[k][1], tmp), normalise(real[k][2], tmp))
            ee = (emu[k][0], normalise(emu[k][1], tmp), normalise(emu[k][2], tmp))
            if a.golden:
                rr = (real[k][0], real[k][1], real[k][2])
            ok = rr == ee
            g = groups.setdefault(group, [0, 0])
            g[0] += 1
            g[1] += ok
            total += 1
            same += ok
            if not ok:
                diffs.append((group, line, rr, ee))
        shutil.rmtree(tmp, ignore_errors=True)

    shown = 0
    for group, line, rr, ee in diffs:
        if shown >= a.show:
            break
        shown += 1
        print(f"--- [{group}] {line}")
        for name, x, y in (("exit", rr[0], ee[0]), ("stdout", rr[1], ee[1]), ("stderr", rr[2], ee[2])):
            if x != y:
                print(f"  {name} real:     {x!r}"[:1500])
                print(f"  {name} emulated: {y!r}"[:1500])
    print()
    print(f"{'group':<18}{'identical':>10}{'commands':>10}")
    for g, (n, ok) in groups.items():
        print(f"{g:<18}{ok:>10}{n:>10}")
    share = 100.0 * same / total if total else 0.0
    print(f"differential: {same} of {total} commands identical ({share:.1f}%), threshold {a.threshold}%")
    return 0 if share >= a.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
