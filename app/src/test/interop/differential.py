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
import shlex
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


# Documented differences: the model version. The real CLI here is Debian's 2.9.19 with the model of its vendored botocore; the
# emulation speaks the SDK 2.57 model (what the CLI 2.27 it claims to be knows). Where only that differs, the
# comparison looks through it, and says how often it did (never by changing what the emulation printed otherwise):
#  - JSON member order and members: botocore prints a structure's members in its model's order and drops members its
#    model does not know; both sides' JSON is re-laid in the 2.9.19 model's order, members it lacks left out;
#  - input skeletons: 2.9.19 fills an enum member with random.choice(enum) (botocore ArgumentGenerator); both sides
#    get "" there;
#  - an operation 2.9.19's model gives no output shape prints nothing in the real CLI (DeleteKeyPair);
#  - an operation 2.9.19's model lacks is "Invalid choice" in the real CLI: counted as the documented difference;
#  - the list of a service's operations in "argument operation: Invalid choice" differs with the model's operations.
# The model is the one the real CLI prints from: the botocore vendored in Debian's awscli (awscli.botocore, whose EC2
# model is close to, but not the same as, the separate python3-botocore 1.29 that boto3 uses).
try:
    import awscli.botocore.session
    from awscli.botocore import xform_name
    BOTOCORE = awscli.botocore.session.get_session()
except ImportError:  # --golden runs without Debian's botocore: no model-version normalising
    BOTOCORE = None
MODELS = {}


def operation_model(service, cli_op):
    if BOTOCORE is None:
        return None
    if service not in MODELS:
        try:
            m = BOTOCORE.get_service_model(service)
            MODELS[service] = (m, {xform_name(n, "-"): n for n in m.operation_names})
        except Exception:  # noqa: BLE001 - not a botocore service (configure, s3 high-level)
            MODELS[service] = None
    entry = MODELS[service]
    if entry is None:
        return None
    model, names = entry
    return model.operation_model(names[cli_op]) if cli_op in names else False


def relay(value, shape, blank_enums):
    """value laid out in shape's member order, members the shape lacks left out."""
    if shape is None:
        return value
    if shape.type_name == "structure" and isinstance(value, dict):
        return OrderedDict((k, relay(value[k], shape.members[k], blank_enums)) for k in shape.members if k in value)
    if shape.type_name == "list" and isinstance(value, list):
        return [relay(v, shape.member, blank_enums) for v in value]
    if shape.type_name == "map" and isinstance(value, dict):
        return OrderedDict((k, relay(v, shape.value, blank_enums)) for k, v in value.items())
    if blank_enums and shape.type_name == "string" and getattr(shape, "enum", None) and isinstance(value, str):
        return ""
    return value


def words_of(line):
    try:
        return shlex.split(line)
    except ValueError:
        return []


def model_view(line, stdout):
    """The JSON stdout of an `aws SERVICE OP` line re-laid in 2.9.19's model, or None when that does not apply."""
    w = words_of(line)
    if len(w) < 3 or w[0] != "aws" or "--query" in w or not stdout.startswith("{"):
        return None
    if "--output" in w and w[w.index("--output") + 1:w.index("--output") + 2] != ["json"]:
        return None
    op = operation_model(w[1], w[2])
    if not op:
        return None
    blank = False
    shape = op.output_shape
    if "--generate-cli-skeleton" in w:
        kind = w[w.index("--generate-cli-skeleton") + 1:][:1]
        if kind in ([], ["input"]) or kind[0].startswith("--"):
            shape, blank = op.input_shape, True
        elif kind != ["output"]:
            return None
    if shape is None and "--generate-cli-skeleton" not in w:
        return ""  # 2.9.19's model has no output for this operation (DeleteKeyPair): the real CLI prints nothing
    try:
        value = json.loads(stdout, object_pairs_hook=OrderedDict)
    except ValueError:
        return None
    return json.dumps(relay(value, shape, blank), indent=4, ensure_ascii=False)


FORMATS = ("text", "table", "yaml", "yaml-stream")


def output_of(words):
    return words[words.index("--output") + 1] if "--output" in words[:-1] else "json"


def json_twin(words):
    """The line's words without its --output: the key under which the same read's JSON answer is remembered."""
    w = list(words)
    if "--output" in w[:-1]:
        i = w.index("--output")
        del w[i:i + 2]
    return tuple(w)


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def cli_format(output, command_name, value):
    """value printed by the real CLI's own formatters (awscli.formatter), as 2.9.19 prints a response."""
    import io
    from types import SimpleNamespace
    from awscli.formatter import get_formatter
    stream = io.StringIO()
    get_formatter(output, SimpleNamespace(query=None, color="off"))(command_name, plain(value), stream)
    return stream.getvalue()


def format_view(line, real_out, emu_out, emu_json, tmp):
    """A text, table or YAML answer with the model-version members looked through, or None where that does not apply.

    Only for a read whose JSON answer the emulation gave earlier in the same chunk (emu_json, raw). Two conditions,
    both exact: the real CLI's formatter, given the emulation's JSON, prints what the emulation printed (so the
    emulation formats as the CLI does, members of the newer model included); and given that JSON re-laid in 2.9.19's
    model (members it lacks left out), prints what the real CLI printed (so the answers are the same otherwise)."""
    w = words_of(line)
    if emu_json is None or "--query" in w or len(w) < 3:
        return None
    op = operation_model(w[1], w[2])
    if not op or op.output_shape is None:
        return None
    try:
        value = json.loads(emu_json, object_pairs_hook=OrderedDict)
        full = cli_format(output_of(w), op.name, value)
        old = cli_format(output_of(w), op.name, relay(value, op.output_shape, False))
    except Exception:  # noqa: BLE001 - not an answer the formatters take: no view
        return None
    if normalise(full, tmp) != emu_out:
        return None
    return normalise(old, tmp) == real_out


OPERATION_CHOICES = re.compile(r"(argument operation: Invalid choice, valid choices are:\n\n)(?:.+\n?)+")


def absent_operation(line, real):
    """An operation the 2.9.19 model lacks, which the real CLI therefore refuses as an invalid choice."""
    w = words_of(line)
    return (len(w) >= 3 and w[0] == "aws" and operation_model(w[1], w[2]) is False
            and "argument operation: Invalid choice" in real[2])


REQUIRED = re.compile(r"(the following arguments are required: )(.+)$", re.M)
MUST_BE_ONE_OF = re.compile(r"(Unknown parameter in input: \"[^\"]*\", must be one of: )(.+)$", re.M)


def input_members(line):
    """The 2.9.19 model's input members of the line's operation, in its order, or None."""
    w = words_of(line)
    op = operation_model(w[1], w[2]) if len(w) >= 3 and w[0] == "aws" else None
    return list(op.input_shape.members) if op and op.input_shape is not None else None


def relay_names(text, pattern, names, sep=", "):
    """A list of members in an error message re-laid in the 2.9.19 model's order, members it lacks left out (argparse
    and botocore's validator list them in the model's order)."""
    def sub(m):
        given = m.group(2).split(sep)
        return m.group(1) + sep.join(n for n in names if n in given)
    return pattern.sub(sub, text)


def model_normalise(line, rr, ee):
    """Both sides with the documented model-version differences looked through."""
    members = input_members(line)
    out = []
    for x in (rr, ee):
        view = model_view(line, x[1])
        stdout = x[1] if view is None else view
        stderr = OPERATION_CHOICES.sub(r"\1<the service's operations>", x[2])
        if members is not None:
            stderr = relay_names(stderr, REQUIRED, ["--" + xform_name(n, "-") for n in members])
            stderr = relay_names(stderr, MUST_BE_ONE_OF, members)
        out.append((x[0], stdout, stderr))
    return out[0], out[1]


AMBIGUOUS = re.compile(r"ambiguous option: (--\S+) could match (.+)$", re.M)


def ambiguous_only_in_newer_model(line, real, emulated):
    """A prefix the emulation (2.57 model) finds ambiguous only because of options the 2.9.19 model lacks: with one
    candidate left, the real CLI takes it and runs the command."""
    m = AMBIGUOUS.search(emulated[2])
    members = input_members(line)
    if not m or members is None or real[0] != 0:
        return False
    known = {"--" + xform_name(n, "-") for n in members} | GLOBAL_OPTIONS
    return sum(1 for c in m.group(2).split(", ") if c in known) == 1


def global_options():
    try:
        import awscli
        with open(os.path.join(os.path.dirname(awscli.__file__), "data", "cli.json")) as f:
            names = {"--" + n for n in json.load(f)["options"]}
    except (ImportError, OSError, ValueError, KeyError):
        names = set()
    return names | {"--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton", "--max-items",
                    "--starting-token", "--page-size"}


GLOBAL_OPTIONS = global_options()


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
    total = same = documented = 0
    for i, ch in enumerate(chunks):
        if isinstance(results[i], Exception):
            print(f"chunk {i} failed: {results[i]}")
            return 2
        real, emu, tmp = results[i]
        answers = {}  # a read's JSON answer in the emulation, by its words without --output
        if a.record:
            os.makedirs(a.record, exist_ok=True)
            with open(os.path.join(a.record, f"chunk{i}.json"), "w") as f:
                json.dump([[r[0], normalise(r[1], tmp), normalise(r[2], tmp)] for r in real], f, indent=0)
        for k, (group, line) in enumerate(ch):
            rr = (real[k][0], normalise(real[k][1], tmp), normalise(real[k][2], tmp))
            ee = (emu[k][0], normalise(emu[k][1], tmp), normalise(emu[k][2], tmp))
            if a.golden:
                rr = (real[k][0], real[k][1], real[k][2])
            strict = rr == ee
            ok = strict
            w = words_of(line)
            if emu[k][0] == 0 and output_of(w) == "json":
                answers[json_twin(w)] = emu[k][1]
            if not ok:
                mr, me = model_normalise(line, rr, ee)
                ok = mr == me or absent_operation(line, rr) or ambiguous_only_in_newer_model(line, rr, ee)
                if not ok and rr[0] == ee[0] == 0 and rr[2] == ee[2] and output_of(w) in FORMATS:
                    ok = bool(format_view(line, rr[1], ee[1], answers.get(json_twin(w)), tmp))
                if ok:
                    documented += 1
                else:
                    rr, ee = mr, me
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
    print(f"differential: {same} of {total} commands identical ({share:.1f}%), threshold {a.threshold}%; "
          f"{same - documented} byte for byte, {documented} once the documented model-version differences are "
          "looked through")
    return 0 if share >= a.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
