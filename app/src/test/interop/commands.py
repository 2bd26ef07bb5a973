"""The differential suite's commands, generated from a table: (group, shell line) pairs, in the order they run.

Each chunk starts from a fresh account on the same seed (its own `serve` and its own `ec2-tutor run`), so chunks can
run in parallel; within a chunk both sides run the same lines in the same order, so ids match.
Lines use only what the emulated shell understands: `aws ...`, `NAME=$(aws ...)`, `echo`, quotes and `$NAME`.
"""

AL2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"

# A running instance ($ID), a key pair and an image ($AMI) in every chunk.
PRELUDE = [
    f"ID=$(aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
    "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]' "
    "--query 'Instances[0].InstanceId' --output text)",
    "aws ec2 wait instance-running --instance-ids $ID",
    "AMI=$(aws ec2 create-image --instance-id $ID --name base --no-reboot --query ImageId --output text)",
    # Settled state on both sides: over HTTP each describe moves serve's manual clock on (endpoint PollClock), in
    # the emulation it does not, so an image or a status check still in progress would differ by design.
    "aws ec2 wait image-available --image-ids $AMI",
    "aws ec2 wait instance-status-ok --instance-ids $ID",
]

# Read-only operations the simulator models, with arguments that keep the answer short.
READS = [
    ("ec2", "describe-instances", "--instance-ids $ID"),
    ("ec2", "describe-instance-status", "--instance-ids $ID"),
    ("ec2", "describe-images", "--owners self"),
    ("ec2", "describe-key-pairs", ""),
    ("ec2", "describe-regions", "--region-names us-east-1 eu-west-1"),
    ("ec2", "describe-availability-zones", ""),
    ("ec2", "describe-instance-types", "--instance-types t3.micro"),
    ("ec2", "describe-instance-type-offerings", "--filters Name=instance-type,Values=t3.micro"),
    ("ec2", "describe-snapshots", "--owner-ids self"),
    ("ec2", "describe-volumes", ""),
    ("ec2", "describe-tags", ""),
    ("ec2", "describe-capacity-reservations", ""),
    ("ec2", "describe-hosts", ""),
    ("ec2", "describe-reserved-instances", ""),
    ("ec2", "describe-image-attribute", "--image-id $AMI --attribute launchPermission"),
    ("ec2", "describe-instance-attribute", "--instance-id $ID --attribute instanceType"),
    ("ec2", "get-image-block-public-access-state", ""),
    ("ec2", "get-console-output", "--instance-id $ID"),
    ("ssm", "list-command-invocations", ""),
    ("sts", "get-caller-identity", ""),
]

QUERIES = {
    "describe-instances": "Reservations[].Instances[].[InstanceId,State.Name]",
    "describe-images": "Images[].Name",
    "describe-regions": "Regions[].RegionName",
    "describe-availability-zones": "AvailabilityZones[].ZoneName",
    "describe-instance-types": "InstanceTypes[0].VCpuInfo",
    "get-caller-identity": "Account",
}

OUTPUTS = ["json", "text", "table", "yaml", "yaml-stream"]


def reads():
    for service, op, args in READS:
        base = f"aws {service} {op} {args}".rstrip()
        for output in OUTPUTS:
            yield "output", f"{base} --output {output}"
        if op in QUERIES:
            yield "query", f"{base} --query '{QUERIES[op]}'"
            yield "query", f"{base} --query '{QUERIES[op]}' --output text"
        yield "skeleton", f"aws {service} {op} --generate-cli-skeleton"
        yield "skeleton", f"aws {service} {op} --generate-cli-skeleton output"
        if service == "ec2":
            yield "dry-run", f"{base} --dry-run"


WRITES = [
    ("customizations", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--associate-public-ip-address --query 'Instances[0].State.Name'"),
    ("customizations", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--no-associate-public-ip-address --query 'Instances[0].State.Name'"),
    ("customizations", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--secondary-private-ip-address-count 2 --query 'Instances[0].State.Name'"),
    ("customizations", "aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp "
     "--port 22 --cidr 203.0.113.0/24"),
    ("customizations", "aws ec2 authorize-security-group-ingress --group-name web --protocol tcp --port 80-81 "
     "--source-group sg-0123456789abcdef0 --group-owner 111122223333"),
    ("customizations", "aws ec2 authorize-security-group-egress --group-id sg-0123456789abcdef0 --protocol tcp "
     "--port 22 --cidr 0.0.0.0/0"),
    ("customizations", "aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp "
     "--port 22 --cidr 203.0.113.0/24"),
    ("customizations", "aws ec2 revoke-security-group-egress --group-id sg-0123456789abcdef0 --protocol all "
     "--cidr 0.0.0.0/0"),
    ("customizations", "aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp "
     "--port 22 --cidr 203.0.113.0/24 --ip-permissions IpProtocol=tcp"),
    ("customizations", "aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp "
     "--port abc --cidr 203.0.113.0/24"),
    ("customizations", "aws ec2 get-password-data --instance-id $ID --priv-launch-key /nonexistent.pem"),
    ("prefixes", "aws ec2 describe-instances --instance-id $ID --query 'Reservations[0].Instances[0].State.Name'"),
    ("prefixes", "aws ec2 describe-instances --filter Name=instance-state-name,Values=running "
     "--query 'length(Reservations)'"),
    ("prefixes", "aws ec2 describe-instance-types --instance-type t3.micro --query 'InstanceTypes[0].InstanceType'"),
    ("prefixes", "aws ec2 describe-instances --in $ID"),
    ("prefixes", "aws ec2 describe-instances --max 5 --query 'length(Reservations)'"),
    ("prefixes", "aws ec2 describe-instances --outp text --query 'length(Reservations)'"),
    ("prefixes", "aws ec2 describe-instances --no-pag --query 'length(Reservations)'"),
    ("prefixes", "aws ec2 describe-images --own self --query 'length(Images)'"),
    ("prefixes", "aws ec2 describe-instances --instance-idz $ID"),
    ("prefixes", "aws ec2 stop-instances --instance $ID --dry"),
    ("prefixes", "aws ec2 describe-instances --m 5"),
    ("prefixes", "aws ec2 describe-instances --no 5"),
    ("prefixes", "aws ec2 describe-images --i x"),
    ("prefixes", "aws ec2 describe-instances --quer 'length(Reservations)' --out text"),
    ("empty-list", "aws ec2 describe-instances --instance-ids $UNSET --query 'length(Reservations)'"),
    ("empty-list", "aws ec2 describe-images --image-ids $UNSET --owners self --query 'length(Images)'"),
    ("empty-list", "aws ec2 describe-instances --filters --query 'length(Reservations)'"),
    ("empty-list", "aws ec2 stop-instances --instance-ids $UNSET"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags Key=Name,Value=x,Key=Env,Value=y"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=Name,Value=['"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=Name,,Value=x'"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=Name,Value'"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=Name,Value=x' 'Key=Env,Value=y'"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=Name,Value=x y'"),
    ("shorthand", "aws ec2 create-tags --resources $ID --tags 'Key=A,Value=1' --query x"),
    ("shorthand", "aws ec2 describe-instances --filters 'Name=tag:Name,Values=[web,db]' --query 'length(Reservations)'"),
    ("shorthand", "aws ec2 describe-instances --filters 'Name=tag:Name,Values=[web' --query 'length(Reservations)'"),
    ("shorthand", "aws ec2 describe-instances --filters 'Name=tag:Name,Values=web,,' --query 'length(Reservations)'"),
    ("shorthand", "aws ec2 describe-instances --filters 'Nam=tag:Name,Values=web'"),
    ("shorthand", "aws ec2 describe-instances --filters '=x'"),
    ("shorthand", "aws ec2 run-instances --image-id $AMI --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=abc}'"),
    ("shorthand", "aws ec2 run-instances --image-id $AMI --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=8'"),
    ("shorthand", "aws ec2 run-instances --image-id $AMI --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=8x}'"),
    ("shorthand", "aws ec2 run-instances --image-id $AMI --block-device-mappings 'DeviceName=/dev/xvda,Ebs={Iops= 3000,VolumeSize=-}'"),
    ("wrong-type", "aws ec2 describe-volumes --max-results 5x"),
    ("wrong-type", "aws ec2 describe-instance-type-offerings --page-size x"),
    ("shorthand", "aws ec2 modify-image-attribute --image-id $AMI --launch-permission 'Add=[{UserId=444455556666}]'"),
    ("shorthand", "aws ec2 modify-image-attribute --image-id $AMI --launch-permission 'Add=[{UserId=444455556666}'"),
    ("shorthand", "aws ec2 modify-image-attribute --image-id $AMI --launch-permission '{\"Add\": [{\"UserId\": 1}]}'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations[0'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations[].'"),
    ("jmespath", "aws ec2 describe-instances --query 'nosuch(Reservations)'"),
    ("jmespath", "aws ec2 describe-instances --query 'length(`1`)'"),
    ("jmespath", "aws ec2 describe-instances --query 'abs(Reservations)'"),
    ("jmespath", "aws ec2 describe-instances --query 'length(Reservations, Reservations)'"),
    ("jmespath", "aws ec2 describe-regions --query 'join(`, `, Regions[].RegionName)' --region-names us-east-1 eu-west-1"),
    ("jmespath", "aws ec2 describe-regions --query 'Regions[?RegionName==`us-east-1`].Endpoint' --output text"),
    ("jmespath", "aws ec2 describe-regions --query 'sort_by(Regions, &RegionName)[0].RegionName'"),
    ("jmespath", "aws ec2 describe-regions --query '{n: length(Regions)}' --output table"),
    ("jmespath", "aws ec2 describe-regions --query ''"),
    ("jmespath", "aws ec2 describe-regions --query '@@'"),
    # Syntax errors where Python's jmespath parser finds them, in its words (jmespath/parser.py, exceptions.py).
    ("jmespath", "aws ec2 describe-instances --query '{a b}'"),
    ("jmespath", "aws ec2 describe-instances --query '[1,2'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations.b)'"),
    ("jmespath", "aws ec2 describe-instances --query '&&'"),
    ("jmespath", "aws ec2 describe-instances --query 'a = b'"),
    ("jmespath", "aws ec2 describe-instances --query \"'abc\""),
    ("jmespath", "aws ec2 describe-instances --query '`{\"a\":`'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations[1:2:3:4]'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations[a]'"),
    ("jmespath", "aws ec2 describe-instances --query '\"foo\"(bar)'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations Instances'"),
    ("jmespath", "aws ec2 describe-instances --query 'Reservations[?]'"),
    ("jmespath", "aws ec2 describe-instances --query 'length(Reservations, 2'"),
    ("jmespath", "aws ec2 describe-regions --region-names us-east-1 --query 'abs(Regions[0].RegionName)'"),
    ("jmespath", "aws ec2 describe-regions --region-names us-east-1 eu-west-1 "
     "--query 'Regions[*].{n: RegionName, e: Endpoint}' --output table"),
    ("jmespath", "aws ec2 describe-regions --region-names us-east-1 eu-west-1 --query 'Regions[-1:].RegionName'"),
    ("yaml", "aws ec2 describe-instances --generate-cli-skeleton yaml-input"),
    ("yaml", "aws ec2 describe-images --cli-input-yaml 'Owners: [self]' --query 'length(Images)'"),
    ("yaml", "aws ec2 describe-images --cli-input-yaml 'Owners: [self' --query 'length(Images)'"),
    ("yaml", "aws ec2 describe-images --owners self --output yml"),
    ("yaml", "aws ec2 describe-images --owners self --output xml"),
    ("yaml", "aws ec2 describe-images --cli-input-json '{\"Owners\": [\"self\"]}' --query 'length(Images)'"),
    ("yaml", "aws ec2 describe-images --cli-input-json '{\"Owners\": [\"self\"' --query 'length(Images)'"),
    ("yaml", "aws ec2 describe-images --cli-input-json '{\"Owner\": [\"self\"]}'"),
    ("pagination", "aws ec2 describe-availability-zones --max-items 1"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items 2"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items 2 --output text"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items 2 --output table"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items 2 --output yaml"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items 2 --query 'InstanceTypeOfferings[].InstanceType'"),
    ("pagination", "aws ec2 describe-instance-type-offerings --starting-token garbage --max-items 2"),
    ("pagination", "aws ec2 describe-instance-type-offerings --no-paginate --max-items 2"),
    ("pagination", "aws ec2 describe-instance-type-offerings --page-size 5 --max-items 3 --query 'length(InstanceTypeOfferings)'"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-items abc"),
    ("pagination", "aws ec2 describe-instance-type-offerings --max-results 5 --query 'length(InstanceTypeOfferings)'"),
    ("pagination", "aws ec2 describe-instance-type-offerings --no-paginate --query 'length(InstanceTypeOfferings)'"),
    ("pagination", "aws ec2 describe-instance-type-offerings --cli-input-json '{\"MaxResults\": 6}' "
     "--query 'length(InstanceTypeOfferings)'"),
    ("pagination", "aws ec2 describe-spot-price-history --instance-types t3.micro --max-items 2 "
     "--query 'SpotPriceHistory[].AvailabilityZone'"),
    ("fileb", "aws ec2 import-key-pair --key-name k1 --public-key-material fileb:///nonexistent.pub"),
    ("fileb", "aws ec2 run-instances --image-id $AMI --user-data file:///nonexistent.sh"),
    ("fileb", "aws ec2 describe-images --cli-input-json file:///nonexistent.json"),
    ("wrong-type", f"aws ec2 run-instances --image-id {AL2023} --max-count abc"),
    ("wrong-type", f"aws ec2 run-instances --image-id {AL2023} --max-count 1.5"),
    ("wrong-type", "aws ec2 describe-instances --instance-ids '{\"a\": 1}'"),
    ("wrong-type", "aws ec2 describe-images --cli-input-json '{\"Owners\": \"self\"}'"),
    ("wrong-type", "aws ec2 describe-images --cli-input-json '{\"Owners\": [1]}'"),
    ("wrong-type", "aws ec2 describe-images --cli-input-json '[1]'"),
    ("wrong-type", "aws ec2 stop-instances --instance-ids $ID --force maybe"),
    ("wrong-type", "aws ec2 describe-instances --max-results x"),
    ("wrong-type", "aws ec2 create-tags --resources $ID --tags '[{\"Key\": 1, \"Value\": \"x\"}]'"),
    ("wrong-type", "aws ec2 describe-instances --dry-run yes"),
    ("skeleton", "aws ec2 run-instances --generate-cli-skeleton"),
    ("skeleton", "aws ec2 describe-images --generate-cli-skeleton input"),
    ("skeleton", "aws ec2 describe-images --generate-cli-skeleton nonsense"),
    ("skeleton", "aws ec2 run-instances --generate-cli-skeleton output"),
    ("skeleton", "aws ssm send-command --generate-cli-skeleton"),
    ("paginator", "aws ec2 describe-instances-paginator"),
    ("paginator", "aws ec2 describe-instancez"),
    ("paginator", "aws ssm nosuch-operation"),
    ("client-token", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--query 'length(Instances)'"),
    ("client-token", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--client-token tok-1 --query 'Instances[0].InstanceType'"),
    ("client-token", f"aws ec2 run-instances --image-id {AL2023} --instance-type t3.micro "
     "--client-token tok-1 --query 'Instances[0].InstanceType'"),
    ("configure", "aws configure get region"),
    ("configure", "aws configure get region --profile teammate"),
    ("configure", "aws configure get nosuch"),
    ("configure", "aws configure list-profiles"),
    ("configure", "aws configure set cli_pager ''"),
    ("configure", "aws configure get output"),
    ("configure", "aws configure nosuch"),
    ("configure", "aws sts get-caller-identity --profile teammate --query Account --output text"),
    ("configure", "aws sts get-caller-identity --profile nosuch"),
    ("unknown-service", "aws s3 ls"),
    ("unknown-service", "aws iam list-users"),
    ("unknown-service", "aws ec3 describe-instances"),
    ("unknown-service", "aws"),
    ("unknown-service", "aws ec2"),
    ("exit-codes", "aws ec2 describe-instances --instance-ids i-0123456789abcdef0"),
    ("exit-codes", "aws ec2 describe-instances --bogus"),
    ("exit-codes", "aws ec2 run-instances"),
    ("exit-codes", "aws ec2 describe-instances --region nowhere-1 --query 'length(Reservations)'"),
    ("exit-codes", "aws ec2 describe-instances --profile nosuch"),
    ("exit-codes", "aws ec2 create-vpc --cidr-block 10.0.0.0/16"),
    ("exit-codes", "aws ec2 stop-instances --instance-ids $ID --query 'StoppingInstances[0].CurrentState.Name'"),
    ("exit-codes", "aws ec2 wait instance-stopped --instance-ids $ID"),
    ("exit-codes", "aws ec2 start-instances --instance-ids $ID --query 'StartingInstances[0].CurrentState.Name'"),
    ("exit-codes", "aws ec2 wait nosuch-waiter"),
    ("exit-codes", "aws ec2 wait"),
    ("exit-codes", "aws ssm wait"),
    ("exit-codes", "aws ec2 wait instance-exists --instance-ids $ID"),
    ("exit-codes", "aws --version --debugx"),
    ("exit-codes", "aws ec2 describe-instances --output"),
    ("exit-codes", "aws ec2 describe-instances --color maybe"),
    ("exit-codes", "aws ec2 describe-instances --cli-read-timeout abc"),
    ("exit-codes", "aws ec2 reboot-instances --instance-ids $ID"),
    ("exit-codes", "aws ec2 create-key-pair --key-name k2 --query KeyName"),
    ("exit-codes", "aws ec2 create-key-pair --key-name k2"),
    ("exit-codes", "aws ec2 delete-key-pair --key-name k2"),
    ("exit-codes", "aws ec2 create-tags --resources $ID --tags Key=Env,Value=dev"),
    ("exit-codes", "aws ec2 describe-tags --filters Name=key,Values=Env --output text"),
    ("exit-codes", "aws ec2 delete-tags --resources $ID --tags Key=Env"),
    ("exit-codes", "aws ec2 modify-instance-attribute --instance-id $ID --instance-type t3.small"),
    ("exit-codes", "aws ec2 terminate-instances --instance-ids $ID --query 'TerminatingInstances[0].CurrentState.Name'"),
    ("exit-codes", "aws ec2 wait instance-terminated --instance-ids $ID"),
    ("exit-codes", "aws ssm send-command --document-name AWS-RunShellScript --instance-ids $ID "
     "--parameters 'commands=[\"echo hi\"]' --query Command.Status"),
    ("help", "aws ec2 wait instance-running help"),
    ("help", "aws ssm wait command-executed help"),
]


def chunks():
    """Three chunks of similar length: reads split in two, then the defect classes (they change state last)."""
    generated = list(reads())
    half = len(generated) // 2
    return [PRELUDE_LINES() + generated[:half], PRELUDE_LINES() + generated[half:], PRELUDE_LINES() + WRITES]


def PRELUDE_LINES():  # noqa: N802 - reads as a constant
    return [("prelude", line) for line in PRELUDE]
