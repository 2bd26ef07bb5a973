<#-- Lesson choose-instance-type: match five workloads to instance families. -->
<#assign cheapestCache = aws.cheapestTypes("memory optimized", 32)>
<@lesson id="choose-instance-type" version=1 title="Choose the instance type for the workload" minutes=20 seed=505>
Five workloads, five families. Launch one instance per workload from the latest Amazon Linux 2023 image and tag it
`Workload=NAME`. `aws ec2 describe-instance-types` tells you a type's vCPUs, memory and storage; the family is the
part before the dot (`r5` in `r5.xlarge`). Arm types (`g` at the end of the family, such as `c7g`) need the arm64
image.

<#assign inst = aws.instancesTagged("Workload", "api")?filter(i -> !i.gone())?last!aws.instance("")>
<@step id="api" title="api: burstable">
**A small API: mostly idle, with short bursts of traffic.** Launch an instance for it tagged `Workload=api`.
  <@check id="exists" pass=inst.exists() message="No running instance tagged Workload=api yet."/>
  <@check id="family" pass=(inst.category() == "burstable")
      message="The api instance is ${inst.type()}, a ${inst.category()} type; this workload needs a burstable one."/>
  <@hint>Which family earns CPU credits while idle and spends them in bursts?</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=api}]'`</@hint>
  <@why>A burstable type (t3, t4g) earns CPU credits while idle and spends them in bursts: the cheapest fit for spiky, light load.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=api}]' --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<#assign inst = aws.instancesTagged("Workload", "cache")?filter(i -> !i.gone())?last!aws.instance("")>
<@step id="cache" title="cache: memory optimized">
**An in-memory cache that needs at least 32 GiB of RAM.** Launch an instance for it tagged `Workload=cache`, the cheapest memory optimized type with at least 32 GiB.
  <@check id="exists" pass=inst.exists() message="No running instance tagged Workload=cache yet."/>
  <@check id="family" pass=(inst.category() == "memory optimized")
      message="The cache instance is ${inst.type()}, a ${inst.category()} type; this workload needs a memory optimized one."/>
  <@check id="cheapest" pass=cheapestCache?seq_contains(inst.type())
      message="${inst.type()} is not the cheapest memory optimized type with at least 32 GiB; look again at the prices."/>
  <@check id="memory" pass=(inst.memoryGib() >= 32)
      message="${inst.type()} has ${inst.memoryGib()} GiB; the cache needs at least 32 GiB."/>
  <@hint>Memory optimized families start with r or x; `aws ec2 describe-instance-types --filters Name=memory-info.size-in-mib,Values=32768` narrows it down, and `%cost-compare` or the price list tells the cheapest.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type r5.xlarge --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=cache}]'`</@hint>
  <@why>Memory optimized types (r, x) give the most GiB per dollar; among those with 32 GiB the cheapest is the one to take for a cache.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type r5.xlarge --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=cache}]' --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<#assign inst = aws.instancesTagged("Workload", "encoder")?filter(i -> !i.gone())?last!aws.instance("")>
<@step id="encoder" title="encoder: compute optimized">
**A video encoder that keeps every core busy.** Launch an instance for it tagged `Workload=encoder`.
  <@check id="exists" pass=inst.exists() message="No running instance tagged Workload=encoder yet."/>
  <@check id="family" pass=(inst.category() == "compute optimized")
      message="The encoder instance is ${inst.type()}, a ${inst.category()} type; this workload needs a compute optimized one."/>
  <@hint>Which family letter stands for compute?</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type c5.large --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=encoder}]'`</@hint>
  <@why>Compute optimized types (c) have the most vCPUs per GiB and per dollar: right for CPU-bound batch work.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type c5.large --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=encoder}]' --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<#assign inst = aws.instancesTagged("Workload", "inference")?filter(i -> !i.gone())?last!aws.instance("")>
<@step id="inference" title="inference: accelerated">
**Machine-learning inference on a GPU or an inference chip.** Launch an instance for it tagged `Workload=inference`.
  <@check id="exists" pass=inst.exists() message="No running instance tagged Workload=inference yet."/>
  <@check id="family" pass=(inst.category() == "accelerated")
      message="The inference instance is ${inst.type()}, a ${inst.category()} type; this workload needs a accelerated one."/>
  <@hint>GPU families start with g or p, AWS's inference chips with inf; your account's quota allows small ones such as g4dn.xlarge or inf2.xlarge.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type g4dn.xlarge --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=inference}]'`</@hint>
  <@why>Accelerated types (g, p, inf) carry GPUs or AWS Inferentia chips; a CPU type would run the model many times slower.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type g4dn.xlarge --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=inference}]' --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<#assign inst = aws.instancesTagged("Workload", "logs")?filter(i -> !i.gone())?last!aws.instance("")>
<@step id="logs" title="logs: storage optimized">
**A log indexer that reads and writes local disks all day.** Launch an instance for it tagged `Workload=logs`.
  <@check id="exists" pass=inst.exists() message="No running instance tagged Workload=logs yet."/>
  <@check id="family" pass=(inst.category() == "storage optimized")
      message="The logs instance is ${inst.type()}, a ${inst.category()} type; this workload needs a storage optimized one."/>
  <@hint>Storage optimized families start with i or d and come with instance-store disks.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type i3.large --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=logs}]'`</@hint>
  <@why>Storage optimized types (i, d) have fast local NVMe or large HDD instance storage for heavy disk I/O.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type i3.large --tag-specifications 'ResourceType=instance,Tags=[{Key=Workload,Value=logs}]' --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

</@lesson>
