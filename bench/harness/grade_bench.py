"""Grading throughput as a teacher runs it (issue 16): `bin/ec2-tutor grade` on a class of Java submissions (the
custom-ami lesson's Java solution, each in its own sandboxed agent JVM) and, in the same run as the anchor, on a
class of aws-line submissions; the grader's JVM start and every agent's start are included. Rounds alternate the two.
Goals: >= 3 Java submissions/s, >= 50 aws-line submissions/s on 2 cores."""
import json, os, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(__file__))
import buildlock  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAVA_N = int(os.environ.get("GRADE_BENCH_JAVA", "24"))
AWS_N = int(os.environ.get("GRADE_BENCH_AWS", "100"))
ROUNDS = int(os.environ.get("GRADE_BENCH_ROUNDS", "2"))


def grade(files):
    t = time.monotonic()
    out = subprocess.run([os.path.join(ROOT, "bin", "ec2-tutor"), "grade", "--lesson", "custom-ami", "--format", "json"]
                         + files, capture_output=True, text=True, check=True).stdout
    dt = time.monotonic() - t
    scores = [s["score"] for s in json.loads(out)["submissions"]]
    if scores.count(5) != len(files):
        raise SystemExit("not every submission scored 5: %s" % scores)
    return len(files) / dt, dt


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
    print("| submissions | n | per second (each round) | best | goal |")
    print("|---|---|---|---|---|")
    for kind, n, goal in (("Java, sandboxed agent each", JAVA_N, 3), ("aws lines (anchor)", AWS_N, 50)):
        r = rows["java" if kind.startswith("Java") else "aws"]
        best = max(x[0] for x in r)
        print("| %s | %d | %s | %.2f/s | >= %d/s %s |" % (kind, n, ", ".join("%.2f" % x[0] for x in r), best, goal,
                                                         "yes" if best >= goal else "no"))


if __name__ == "__main__":
    main()
