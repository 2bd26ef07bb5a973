<#-- Lesson first-instance. Checks read the account (aws.*), never what the learner typed. -->
<#assign al2023 = aws.latestAmazonImage("al2023-ami-kernel-default-x86_64")>
<#-- Once step 1 passed, every check follows the instance it launched: another instance named first-instance (or one
     in another Region) is a decoy and passes nothing. -->
<#if captured.instanceId??><#assign inst = aws.instance(captured.instanceId)><#else><#assign inst = aws.instanceNamed("first-instance")></#if>
<@lesson id="first-instance" version=1 title="Your first EC2 instance" minutes=15 seed=101>
You will launch a virtual server, watch it start, stop it and terminate it, and see what each state means for its
addresses. Type `aws ...` lines or Java (`ec2` is your `Ec2Client`); `%hint` helps, `%check` says what is missing.

<@step id="launch" title="Launch a t3.micro from Amazon Linux 2023">
Launch **one t3.micro** instance from the latest **Amazon Linux 2023 x86_64** image and tag it `Name=first-instance`.
The public parameter `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64` always
names the latest image, so you do not have to look its id up.
  <@check id="exists" pass=inst.exists()
      message="No instance tagged Name=first-instance yet (your account has ${aws.instances()?size} instance(s))."/>
  <@check id="type" pass=(inst.type() == "t3.micro")
      message="Expected instance type t3.micro; first-instance is ${inst.type()}."/>
  <@check id="image" pass=(inst.imageId() == al2023)
      message="Expected the latest Amazon Linux 2023 x86_64 image (${al2023}); first-instance runs ${inst.imageId()}."/>
  <@check id="one" pass=(aws.instancesTagged("Name", "first-instance")?filter(i -> !i.gone())?size == 1)
      message="Expected exactly one live instance named first-instance; there are ${aws.instancesTagged('Name', 'first-instance')?filter(i -> !i.gone())?size}."/>
  <@hint>`aws ec2 run-instances` takes `--image-id`, `--instance-type` and `--tag-specifications`.</@hint>
  <@hint>Tags are given per resource type: `--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]'`.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]'`</@hint>
  <@why>An instance is launched from an image (AMI) with a type that fixes its CPU and memory. Tags are how you and
  your tools find it again; AWS itself only knows the id.</@why>
  <@capture name="instanceId" value=inst.id()/>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=first-instance}]'
  </@solution>
</@step>

<@step id="running" title="Wait until it runs">
A new instance is `pending` while EC2 finds it a host and boots it. Wait until **${inst.ref()}** is `running` and look
at its public and private IP addresses.
  <@check id="running" pass=(inst.state() == "running" || (inst.everRunning() && inst.state() != "pending"))
      message="Expected ${inst.id()} to be running; it is ${inst.state()}. Wait with aws ec2 wait instance-running or %advance 30s."/>
  <@hint>`aws ec2 wait instance-running --instance-ids ${inst.id()}` returns once it runs.</@hint>
  <@hint>`aws ec2 describe-instances --instance-ids ${inst.id()} --query 'Reservations[0].Instances[0].[State.Name,PublicIpAddress,PrivateIpAddress]'`</@hint>
  <@why>Billing starts when the instance reaches running, not while it is pending. A running instance in a default
  subnet has a private address inside the VPC and a public one from Amazon's pool.</@why>
  <@capture name="privateIp" value=inst.privateIp()/>
  <@solution>
aws ec2 wait instance-running --instance-ids ${inst.id()}
  </@solution>
</@step>

<@step id="stop" title="Stop it and compare its addresses">
Stop **${inst.ref()}** and wait until it is `stopped`. Then describe it again: which address is gone, and which one
stayed?
  <#-- Only the instance step 1 launched counts: stopping another one after terminating it passes nothing. -->
  <@check id="stopped" pass=(inst.state() == "stopped")
      message="Expected ${inst.id()} to be stopped; it is ${inst.state()}."/>
  <@check id="no-public-ip" pass=(inst.publicIp() == "")
      message="A stopped instance has no public IP; ${inst.id()} still shows ${inst.publicIp()} (is it still stopping?)."/>
  <@check id="same-private-ip" pass=(!inst.exists() || inst.privateIp() == captured.privateIp!inst.privateIp())
      message="The private IP should stay ${captured.privateIp!''}; it is ${inst.privateIp()}."/>
  <@hint>`aws ec2 stop-instances --instance-ids ${inst.id()}`, then `aws ec2 wait instance-stopped --instance-ids ${inst.id()}`.</@hint>
  <@why>Stopping gives the host back: compute billing stops, the public IPv4 address returns to Amazon's pool, and
  the root EBS volume (still billed) keeps your data. The private address belongs to the instance's network
  interface, so it stays. Starting again gives a new public address.</@why>
  <@solution>
aws ec2 stop-instances --instance-ids ${inst.id()}

aws ec2 wait instance-stopped --instance-ids ${inst.id()}
  </@solution>
</@step>

<@step id="terminate" title="Terminate it">
Terminate **${inst.ref()}**. Termination is final: the instance and (by default) its root volume are deleted.
  <@check id="terminated" pass=inst.gone()
      message="Expected ${inst.id()} to be shutting-down or terminated; it is ${inst.state()}."/>
  <@hint>`aws ec2 terminate-instances --instance-ids ${inst.id()}`</@hint>
  <@why>A stopped instance still costs its EBS storage; terminating it ends every charge. A terminated instance
  stays visible for about an hour, then disappears from describe-instances.</@why>
  <@solution>
aws ec2 terminate-instances --instance-ids ${inst.id()}
  </@solution>
</@step>
</@lesson>
