"""The shared build lock for benchmarks: no build may run while we time, since the machine has two cores.

Held for the life of the process. When an ancestor already holds it (`flock /tmp/ec2tutor-build.lock make bench`),
taking it again would wait forever, so we then run under that ancestor's hold."""
import fcntl, os

LOCK = os.environ.get("EC2_TUTOR_BUILD_LOCK", "/tmp/ec2tutor-build.lock")
_held = []


def _ancestors():
    pids, pid = set(), os.getpid()
    while pid > 1:
        pids.add(pid)
        try:
            with open("/proc/%d/stat" % pid) as f:
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return pids


def _holders(path):
    """PIDs holding a lock on path's inode, from /proc/locks."""
    st = os.stat(path)
    want = "%02x:%02x:%d" % (os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)
    out = set()
    try:
        with open("/proc/locks") as f:
            for line in f:
                parts = line.split()
                if "->" in parts:
                    continue
                if len(parts) > 5 and parts[5] == want:
                    out.add(int(parts[4]))
    except OSError:
        pass
    return out


def hold():
    """Takes the lock (waiting for a running build), unless an ancestor of ours holds it already."""
    fd = os.open(LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        if _holders(LOCK) & _ancestors():
            os.close(fd)
            return "held by the command that started this benchmark"
        print("waiting for the build lock %s ..." % LOCK, flush=True)
        fcntl.flock(fd, fcntl.LOCK_EX)
    _held.append(fd)
    return "held"
