#!/usr/bin/env python3
"""What starting costs: `bin/ec2-tutor run` of a one-line aws script and of `int x = 1 + 1;`, each a few times;
prints classes loaded (and how many came from the class-data archive) and CPU seconds (user + system), medians.
Exits 1 when a run loads more classes than BOUND: before issue 14 these loaded 17,000-18,700 classes (a proxy
initialized every SDK request class), then ~5,000 (the CLI's catalog reflected on Ec2Client, loading ~3,000 model
classes), now 2,500 (aws) and 3,300 (Java), so creeping back shows. Holds the build lock."""
import os, statistics, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import buildlock  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(os.environ.get("START_BENCH_RUNS", "3"))
BOUND = 4500
SCRIPTS = [("one-line aws script", "aws ec2 describe-regions --output text\n"),
           ("int x = 1 + 1;", "int x = 1 + 1;\n")]


def once(script, work):
    log = os.path.join(work, "classes.log")
    env = dict(os.environ, EC2_TUTOR_HOME=work, JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=%s" % log)
    proc = subprocess.Popen([os.path.join(ROOT, "bin", "ec2-tutor"), "run", script], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("run failed: %s" % err[-500:])
    total = shared = 0
    with open(log) as f:
        for line in f:
            if " source: " in line:
                total += 1
                shared += "shared objects file" in line
    return total, shared, usage.ru_utime + usage.ru_stime


def main():
    print("build lock: %s" % buildlock.hold(), flush=True)
    over = False
    with tempfile.TemporaryDirectory(prefix="ec2-tutor-start-") as work:
        for label, text in SCRIPTS:
            script = os.path.join(work, "script.cells")
            with open(script, "w") as f:
                f.write(text)
            runs = [once(script, work) for _ in range(RUNS)]
            classes = statistics.median(r[0] for r in runs)
            shared = statistics.median(r[1] for r in runs)
            cpu = statistics.median(r[2] for r in runs)
            over |= classes > BOUND
            print("run, %-20s %6d classes loaded (%d from the class-data archive; bound %d), CPU %.2f s "
                  "(target <= 0.8 s)" % (label + ":", classes, shared, BOUND, cpu))
    if over:
        print("More classes load than before: find what loads them (-Xlog:class+load) and make it lazy.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
