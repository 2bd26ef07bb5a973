"""Grading throughput as a teacher runs it (issue 16): `bin/ec2-tutor grade` on a class of Java submissions (the
custom-ami lesson's Java solution, each in its own sandboxed agent JVM) and, in the same run as the anchor, on a
class of aws-line submissions; the grader's JVM start and every agent's start are included. Rounds alternate the two.
Goals: >= 3 Java submissions/s, >= 50 aws-line submissions/s on 2 cores.

CPU per submission: the grader JVM's own (its /proc stat) plus every agent's, sampled from /proc every 20 ms while it
lives. Not getrusage(RUSAGE_CHILDREN): an agent killed inside bubblewrap's PID namespace is reaped there, and its CPU
never reaches our rusage (it read ~0.9 CPU-s a Java submission while the machine was busy for ~1.7)."""
import json, os, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(__file__))
import buildlock  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAVA_N = int(os.environ.get("GRADE_BENCH_JAVA", "24"))
AWS_N = int(os.environ.get("GRADE_BENCH_AWS", "100"))
ROUNDS = int(os.environ.get("GRADE_BENCH_ROUNDS", "2"))


HZ = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """utime + stime of one process (not its children), or None once it is gone."""
    try:
        with open("/proc/%s/stat" % pid) as f:
            x = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if x[0] == "Z" else (int(x[11]) + int(x[12])) / HZ


def agents():
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    if b"org.ec2tutor.agent.AgentMain" in f.read():
                        yield pid
            except OSError:
                pass


def grade(files):
    t = time.monotonic()
    p = subprocess.Popen([os.path.join(ROOT, "bin", "ec2-tutor"), "grade", "--lesson", "custom-ami", "--format",
                          "json"] + files, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = {"grader": 0.0}

    def sample():  # bin/ec2-tutor execs java: p.pid is the grader's JVM
        while p.poll() is None:
            for pid in [p.pid] + list(agents()):
                c = cpu_seconds(pid)
                if c is not None:
                    seen["grader" if pid == p.pid else pid] = c
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = p.communicate()
    sampler.join()
    dt = time.monotonic() - t
    if p.returncode != 0:
        raise SystemExit("grade failed (%d): %s" % (p.returncode, err[-500:]))
    scores = [s["score"] for s in json.loads(out)["submissions"]]
    if scores.count(5) != len(files):
        raise SystemExit("not every submission scored 5: %s" % scores)
    return len(files) / dt, sum(seen.values()) / len(files), seen["grader"] / len(files)


def main():
    print("build lock: %s" % buildlock.hold(), flush=True)
    d = tempfile.mkdtemp(prefix="grade-bench-")
    lesson = os.path.join(ROOT, "lessons", "custom-ami")
    java = open(os.path.join(lesson, "solution-java.cells")).read()
    aws = open(os.path.join(lesson, "solution-cli.cells")).read()
    jf, af = [], []
    for i in range(JAVA_N):
        jf.append(os.path.join(d, "java-%d.cells" % i))
        open(jf[-1], "w").write(java)
    for i in range(AWS_N):
        af.append(os.path.join(d, "aws-%d.cells" % i))
        open(af[-1], "w").write(aws)
    rows = {"java": [], "aws": []}
    for _ in range(ROUNDS):
        rows["java"].append(grade(jf))
        rows["aws"].append(grade(af))
    print("| submissions | n | per second (each round) | best | goal | CPU-s each (grader + agents) |")
    print("|---|---|---|---|---|---|")
    for kind, n, goal in (("Java, sandboxed agent each", JAVA_N, 3), ("aws lines (anchor)", AWS_N, 50)):
        r = rows["java" if kind.startswith("Java") else "aws"]
        best = max(x[0] for x in r)
        cpu = min(r, key=lambda x: x[1])
        print("| %s | %d | %s | %.2f/s | >= %d/s %s | %.3f (%.3f + %.3f) |" % (
            kind, n, ", ".join("%.2f" % x[0] for x in r), best, goal, "yes" if best >= goal else "no", cpu[1], cpu[2],
            cpu[1] - cpu[2]))


if __name__ == "__main__":
    main()
