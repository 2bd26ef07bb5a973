#!/usr/bin/env bash
# The REPL driven as a learner drives it, in tmux: lesson steps, quit, start again (the session continues with its
# progress and account), a file the session read changes meanwhile (same state), grading the saved session (same
# score as %progress showed), and a second session with a slip in step 2 (a later step still scores when graded).
# Skips cleanly when tmux is missing or ec2-tutor is not built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
if ! command -v tmux >/dev/null; then echo "save-resume: tmux not installed, skipped"; exit 0; fi
if [ ! -f "$root/app/target/classpath.txt" ]; then echo "save-resume: ec2-tutor not built, skipped"; exit 0; fi

work="$(mktemp -d)"
base="ec2tutor-e2e-$$"
runs=0
sock="$base-0"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export EC2_TUTOR_HOME="$work/home"
cd "$work"

fail() { echo "save-resume: FAILED: $1"; echo "--- screen:"; screen; exit 1; }
screen() { tmux -L "$sock" capture-pane -p -S -200 -t e2e 2>/dev/null | grep -v '^$' || true; }
# Waits until the screen shows $1 (a fixed string), for up to 30 s.
wait_for() {
  for _ in $(seq 1 300); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "never saw: $1"
}
type_line() { tmux -L "$sock" send-keys -t e2e -l -- "$1"; tmux -L "$sock" send-keys -t e2e Enter; }
start() {
  # A new server per start: reusing the name of one that is shutting down races with it. Arguments go to ec2-tutor.
  runs=$((runs + 1)); sock="$base-$runs"
  tmux -L "$sock" new-session -d -s e2e -x 220 -y 60 "cd '$work' && '$root/bin/ec2-tutor' --time-scale 0 $* 2>&1; sleep 30"
}
# Ctrl-D, then wait until ec2-tutor has really ended (the pane runs `sleep` after it): a second start while the first
# still saves would find the session locked by it and open a new one.
quit() {
  tmux -L "$sock" send-keys -t e2e C-d
  for _ in $(seq 1 300); do
    [ "$(tmux -L "$sock" display-message -p -t e2e '#{pane_current_command}' 2>/dev/null)" = "sleep" ] && break
    sleep 0.1
  done
  tmux -L "$sock" kill-server 2>/dev/null || true
}

LAUNCH="ID=\$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --user-data file://setup.sh --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' --query 'Instances[0].InstanceId' --output text)"

printf '#!/bin/bash\necho first\n' > setup.sh
start
wait_for "%help"
type_line "%lesson start first-instance"
wait_for "Step 1/4"
type_line "$LAUNCH"
wait_for "Step 1 passed"
type_line "aws ec2 wait instance-running --instance-ids \$ID"
wait_for "Step 2 passed"
type_line "echo ids \$ID"
wait_for "ids i-"
id="$(screen | grep -o 'ids i-[0-9a-f]*' | tail -n 1 | cut -c5-)"
quit

# The learner's file changes before the next start: the resumed account keeps what was read the first time.
printf '#!/bin/bash\necho changed\n' > setup.sh
start
wait_for "Continuing session"
screen | grep -q "differently" && fail "the resume said cells went differently"
type_line "%progress"
wait_for "steps done"
shown="$(screen | grep -o '[0-9]* of 4 steps done' | tail -n 1 | cut -d' ' -f1)"
[ "$shown" = 2 ] || fail "%progress showed $shown of 4 steps done, not 2"
type_line "aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId' --output text"
wait_for "$id"
type_line "echo user-data \$(aws ec2 describe-instance-attribute --instance-id \$ID --attribute userData --query UserData.Value --output text)"
wait_for "user-data $(printf '#!/bin/bash\necho first\n' | base64 -w0)"
quit

# Grading the saved session gives what %progress showed: steps 1 and 2 passed, 3 and 4 not. setup.sh is gone by
# now: the grade reads what the session recorded, not the disk.
rm setup.sh
saved="$(ls -t "$EC2_TUTOR_HOME"/sessions/*.json | head -n 1)"
report="$("$root/bin/ec2-tutor" grade --lesson first-instance --format json "$saved")"
echo "$report" | grep -q "\"score\" : $shown" || { echo "$report"; fail "grading the saved session did not give the $shown points %progress showed"; }

# A slip in step 2: the learner terminates the instance while it is still pending (it never runs), so step 2 never
# passes; step 4 (terminated) still scores when graded, and says it passed out of order.
printf '#!/bin/bash\necho second\n' > setup.sh
start --new
wait_for "%help"
type_line "%lesson start first-instance"
wait_for "Step 1/4"
type_line "$LAUNCH"
wait_for "Step 1 passed"
type_line "aws ec2 terminate-instances --instance-ids \$ID --query 'TerminatingInstances[0].CurrentState.Name' --output text"
wait_for "shutting-down"
quit
slipped="$(ls -t "$EC2_TUTOR_HOME"/sessions/*.json | head -n 1)"
[ "$slipped" != "$saved" ] || fail "--new did not start a session of its own"
report="$("$root/bin/ec2-tutor" grade --lesson first-instance --format json "$slipped")"
echo "$report" | grep -q '"score" : 2' || { echo "$report"; fail "the slip in step 2 did not leave step 4 scoring (2 points)"; }
echo "$report" | grep -q 'Passed out of order' || { echo "$report"; fail "step 4 does not say it passed out of order"; }

# Java that ends the process through reflection (issue 21) is refused with the kernel's words: the REPL, its account
# and variables go on, and the JDK's warning about the guard that refuses it never reaches the terminal.
start --new
wait_for "%help"
type_line "X=kept"
type_line 'int before = 41;'
type_line 'Class.forName("java.lang.System").getMethod("exit", int.class).invoke(null, 0);'
wait_for "would end the whole tutor session"
type_line 'before * 1000 + 1'
wait_for "41001"
type_line "echo still \$X"
wait_for "still kept"
screen | grep -q "terminally deprecated" && fail "the JDK's security manager warning reached the terminal"
quit
echo "save-resume: passed (instance $id kept across the restart, user data as first read, grade $shown/4 as %progress showed; a slip in step 2 still scores step 4; a reflective System.exit refused, the session went on)"
