#!/usr/bin/env bash
# `make test-jupyter`: Jupyter's clients and kernel test suite against ec2-tutor's kernel, from a kernelspec
# installed in a temporary prefix. Uses Debian's Python (/usr/bin/python3), not the one on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
"$root/bin/ec2-tutor" kernel install --prefix "$prefix"
export JUPYTER_PATH="$prefix/share/jupyter"
export EC2_TUTOR_HOME="$prefix/home"
export PATH="/usr/bin:$PATH"
# The browser test's screenshots stay for a person to look at.
export EC2_TUTOR_SCREENSHOTS="$root/kernel/target/browser"
cd "$root/kernel/src/test/jupyter"
status=0
/usr/bin/python3 -W ignore -m unittest -v test_kernel_suite test_clients test_browser > "$prefix/result.txt" 2>&1 || status=$?
grep -E '\.\.\. |^Ran |^OK|^FAILED' "$prefix/result.txt" || true
# Failures and errors with their tracebacks, so a CI log says why.
awk '/^=====/ {show=1} /^Ran [0-9]+ test/ {show=0} show' "$prefix/result.txt" | head -200
# A closing line CI can read: N passed, N failed.
ran=$(grep -Eo '^Ran [0-9]+' "$prefix/result.txt" | grep -Eo '[0-9]+' || echo 0)
failed=$(grep -Eo 'failures=[0-9]+|errors=[0-9]+' "$prefix/result.txt" | grep -Eo '[0-9]+' | paste -sd+ | bc 2>/dev/null || echo 0)
skipped=$(grep -Eo 'skipped=[0-9]+' "$prefix/result.txt" | grep -Eo '[0-9]+' || echo 0)
[ -z "$failed" ] && failed=0
echo "jupyter: $((ran - failed - skipped)) passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
