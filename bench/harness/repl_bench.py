#!/usr/bin/env python3
"""Times the REPL as a learner feels it, through a pseudo-terminal (issue 4's targets):
start to first prompt, first Java cell, a trivial Java cell after warm-up, an aws cell, RSS after start.
Runs bin/ec2-tutor in a private EC2_TUTOR_HOME; prints one line per measure and exits non-zero on a hang."""
import fcntl, os, pty, select, statistics, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROMPT = b"ec2-tutor default@us-east-1> "


def read_until(fd, marker, timeout=30.0):
    buf = b""
    end = time.monotonic() + timeout
    while marker not in buf:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError("no %r in %r" % (marker, buf[-300:]))
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
    return buf


def rss_mb(pid):
    # The launcher execs java, so the pid is the JVM's.
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def cell(fd, text):
    start = time.monotonic()
    os.write(fd, text.encode() + b"\r")
    read_until(fd, PROMPT)
    return (time.monotonic() - start) * 1000.0


def main():
    home = tempfile.mkdtemp(prefix="ec2-tutor-bench-")
    env = dict(os.environ, EC2_TUTOR_HOME=home, NO_COLOR="1", TERM="xterm")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    t0 = time.monotonic()
    proc = subprocess.Popen([os.path.join(ROOT, "bin", "ec2-tutor")], stdin=slave, stdout=slave, stderr=slave,
                            env=env, close_fds=True)
    os.close(slave)
    read_until(master, PROMPT)
    first_prompt = (time.monotonic() - t0) * 1000.0
    rss_start = rss_mb(proc.pid)
    first_java = cell(master, "1 + 1")
    for _ in range(30):
        cell(master, "2 + 2")
    java = [cell(master, "3 + 4") for _ in range(40)]
    for _ in range(20):
        cell(master, "aws ec2 describe-regions --output text")
    aws = [cell(master, "aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text")
           for _ in range(60)]
    os.write(master, b"\x04")
    proc.wait(timeout=30)
    print("start to first prompt: %.0f ms (target <= 1000)" % first_prompt)
    print("first Java cell after the prompt: %.0f ms (target <= 1500)" % first_java)
    print("trivial Java cell after warm-up: median %.1f ms (target <= 50)" % statistics.median(java))
    print("aws cell: median %.1f ms (target <= 5)" % statistics.median(aws))
    print("session RSS after start: %.0f MB (target <= 200)" % rss_start)


if __name__ == "__main__":
    sys.exit(main())
