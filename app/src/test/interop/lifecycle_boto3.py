"""The lifecycle scenario of `make test-interop` in boto3, against `ec2-tutor serve` (URL in argv[1]).

Profiles come from AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE as serve --aws-config-dir wrote them; the URL is
passed explicitly, since boto3 before 1.28 ignores endpoint_url in the config file. Prints one line per check and
a closing 'boto3: N passed, N failed'.
"""
import json
import sys
import time

import boto3
from botocore.exceptions import ClientError

URL = sys.argv[1]
AL2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
results = []


def check(name, actual, expected):
    ok = actual == expected
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": expected {expected!r}, got {actual!r}"))


def client(service, profile="default", region="us-east-1"):
    return boto3.Session(profile_name=profile, region_name=region).client(service, endpoint_url=URL)


ec2 = client("ec2")
run = ec2.run_instances(ImageId=AL2023, InstanceType="t3.micro", MinCount=1, MaxCount=1,
                        UserData="echo hello from boto3",
                        TagSpecifications=[{"ResourceType": "instance",
                                            "Tags": [{"Key": "Name", "Value": "boto"}]}])
iid = run["Instances"][0]["InstanceId"]
check("run_instances answers pending", run["Instances"][0]["State"]["Name"], "pending")

started = time.monotonic()
ec2.get_waiter("instance_running").wait(InstanceIds=[iid])
check("instance_running waiter returns in under a second", time.monotonic() - started < 1.0, True)
inst = ec2.describe_instances(InstanceIds=[iid])["Reservations"][0]["Instances"][0]
check("running", inst["State"]["Name"], "running")
check("tagged", inst["Tags"], [{"Key": "Name", "Value": "boto"}])
check("launch time is a datetime", type(inst["LaunchTime"]).__name__, "datetime")
console = ec2.get_console_output(InstanceId=iid)["Output"]
check("user data ran", "hello from boto3" in console, True)

ec2.stop_instances(InstanceIds=[iid])
ec2.get_waiter("instance_stopped").wait(InstanceIds=[iid])
ami = ec2.create_image(InstanceId=iid, Name="boto-image", NoReboot=True)["ImageId"]
ec2.get_waiter("image_available").wait(ImageIds=[ami])
check("image available", ec2.describe_images(ImageIds=[ami])["Images"][0]["State"], "available")

ec2.modify_image_attribute(ImageId=ami, LaunchPermission={"Add": [{"UserId": "444455556666"}]})
teammate = client("ec2", "teammate")
theirs = teammate.run_instances(ImageId=ami, InstanceType="t3.micro", MinCount=1, MaxCount=1)
check("teammate launches the shared image", theirs["OwnerId"], "444455556666")
check("outsider cannot see it", client("ec2", "outsider").describe_images(ImageIds=[ami])["Images"], [])

ec2.deregister_image(ImageId=ami)
check("deregistered", ec2.describe_images(Owners=["self"])["Images"], [])
term = ec2.terminate_instances(InstanceIds=[iid])
check("terminating", term["TerminatingInstances"][0]["CurrentState"]["Name"], "shutting-down")

ec2.run_instances(ImageId=AL2023, InstanceType="t3.nano", MinCount=6, MaxCount=6)
everything = sum(len(r["Instances"]) for r in ec2.describe_instances()["Reservations"])
pages = list(ec2.get_paginator("describe_instances").paginate(PaginationConfig={"PageSize": 5}))
check("paginator pages", len(pages) > 1, True)
check("paginator sees every instance of the account", sum(len(r["Instances"]) for p in pages
                                                          for r in p["Reservations"]), everything)
check("sts caller", client("sts", "teammate").get_caller_identity()["Account"], "444455556666")

try:
    ec2.start_instances(InstanceIds=["i-0123456789abcdef0"])
    check("unknown instance refused", "no error", "InvalidInstanceID.NotFound")
except ClientError as e:
    check("unknown instance refused", e.response["Error"]["Code"], "InvalidInstanceID.NotFound")
    check("with AWS's status", e.response["ResponseMetadata"]["HTTPStatusCode"], 400)

stranger = boto3.client("ec2", endpoint_url=URL, region_name="us-east-1", aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                        aws_secret_access_key="x")
try:
    stranger.describe_instances()
    check("unknown key refused", "no error", "AuthFailure")
except ClientError as e:
    check("unknown key refused", e.response["Error"]["Code"], "AuthFailure")

# Savings Plans (REST-JSON), Cost Explorer and CloudTrail (awsJson1_1) through boto3's own serializers and parsers.
sp = client("savingsplans")
offer = sp.describe_savings_plans_offerings(planTypes=["Compute"], paymentOptions=["No Upfront"],
                                            durations=[31536000])["searchResults"][0]
check("a Compute Savings Plan offering", (offer["planType"], offer["currency"]), ("Compute", "USD"))
plan_id = sp.create_savings_plan(savingsPlanOfferingId=offer["offeringId"], commitment="0.05")["savingsPlanId"]
plans = sp.describe_savings_plans(savingsPlanIds=[plan_id])["savingsPlans"]
check("the plan boto3 bought is listed", (plans[0]["savingsPlanType"], plans[0]["commitment"]), ("Compute", "0.05"))
cost = client("ce").get_cost_and_usage(TimePeriod={"Start": "2026-01-01", "End": "2026-01-02"}, Granularity="DAILY",
                                       Metrics=["UnblendedCost"])
check("get_cost_and_usage in USD", cost["ResultsByTime"][0]["Total"]["UnblendedCost"]["Unit"], "USD")
try:
    client("ce").get_cost_and_usage(TimePeriod={"Start": "2026-01-02", "End": "2026-01-01"}, Granularity="DAILY",
                                    Metrics=["UnblendedCost"])
    check("a Cost Explorer validation error", "no error", "ValidationException")
except ClientError as e:
    check("a Cost Explorer validation error", e.response["Error"]["Code"], "ValidationException")
events = client("cloudtrail").lookup_events(
    LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "RunInstances"}])["Events"]
agents = [json.loads(e["CloudTrailEvent"])["userAgent"].split("/")[0] for e in events]
check("CloudTrail recorded boto3's RunInstances, with boto3's user agent", "Boto3" in agents, True)
check("... with a datetime EventTime", type(events[0]["EventTime"]).__name__ if events else None, "datetime")


# S3 (path-style: botocore uses it for an IP endpoint), EventBridge, SNS and AWS Config.
s3 = client("s3")
check("s3 create_bucket", s3.create_bucket(Bucket="boto-logs")["Location"], "/boto-logs")
s3.put_bucket_policy(Bucket="boto-logs", Policy='{"Version":"2012-10-17","Statement":[]}')
check("s3 get_bucket_policy", s3.get_bucket_policy(Bucket="boto-logs")["Policy"],
      '{"Version":"2012-10-17","Statement":[]}')
s3.put_object(Bucket="boto-logs", Key="a/b.txt", Body=b"from boto3")
check("s3 get_object", s3.get_object(Bucket="boto-logs", Key="a/b.txt")["Body"].read(), b"from boto3")
check("s3 list_objects_v2", [o["Key"] for o in s3.list_objects_v2(Bucket="boto-logs")["Contents"]], ["a/b.txt"])
try:
    s3.get_object(Bucket="boto-logs", Key="missing")
    check("s3: a missing key", "no error", "NoSuchKey")
except ClientError as e:
    check("s3: a missing key", (e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]),
          ("NoSuchKey", 404))
ev = client("events")
check("events put_rule", ev.put_rule(Name="boto-rule", EventPattern='{"source":["aws.ec2"]}')["RuleArn"],
      "arn:aws:events:us-east-1:111122223333:rule/boto-rule")
check("events list_rules", [r["Name"] for r in ev.list_rules(NamePrefix="boto")["Rules"]], ["boto-rule"])
sns = client("sns")
topic = sns.create_topic(Name="boto-topic", Attributes={"DisplayName": "Boto"})["TopicArn"]
check("sns create_topic with attributes", sns.get_topic_attributes(TopicArn=topic)["Attributes"]["DisplayName"], "Boto")
try:
    sns.get_topic_attributes(TopicArn="arn:aws:sns:us-east-1:111122223333:none")
    check("sns: a missing topic", "no error", "NotFound")
except ClientError as e:
    check("sns: a missing topic", e.response["Error"]["Code"], "NotFound")
cfg = client("config")
cfg.put_config_rule(ConfigRule={"ConfigRuleName": "boto-amis", "Source": {"Owner": "AWS",
                    "SourceIdentifier": "APPROVED_AMIS_BY_ID"}, "InputParameters": '{"amiIds":"ami-1"}'})
check("config describe_config_rules", [r["ConfigRuleName"] for r in
                                       cfg.describe_config_rules(ConfigRuleNames=["boto-amis"])["ConfigRules"]],
      ["boto-amis"])

passed = sum(results)
print(f"boto3: {passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
