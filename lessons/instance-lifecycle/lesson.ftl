<#-- Lesson instance-lifecycle: hibernate versus stop, what survives each, and termination protection. -->
<#assign al2023 = aws.latestAmazonImage("al2023-ami-kernel-default-x86_64")>
<#-- Once step 1 passed, every check follows the instance it launched, never another one named app-server. -->
<#if captured.appId??><#assign app = aws.instance(captured.appId)><#else><#assign app = aws.instanceNamed("app-server")></#if>
<#assign neededRoot = 8 + app.memoryGib()?ceiling>
<@lesson id="instance-lifecycle" version=1 title="Stop, hibernate, protect: an instance's life" minutes=30 seed=404>
What survives a stop? What survives hibernation? You will start a web server by hand on an instance, then compare
what hibernating and stopping do to it, its memory and its addresses, and finally protect it from termination.

<@step id="launch" title="Launch app-server, ready to hibernate">
Launch an **m5.large** tagged `Name=app-server` from the latest Amazon Linux 2023 image, with **hibernation
configured** and an **encrypted** root volume large enough to hold its RAM (8 GiB of memory on top of the image's
8 GiB: at least 16 GiB). Wait until its status checks pass.
  <@check id="exists" pass=app.exists() message="No instance tagged Name=app-server yet."/>
  <@check id="type" pass=(app.type() == "m5.large") message="app-server should be an m5.large; it is ${app.type()}."/>
  <@check id="hibernation" pass=app.hibernationConfigured()
      message="app-server was launched without hibernation configured (it can only be set at launch: terminate it and launch again with --hibernation-options Configured=true)."/>
  <@check id="encrypted" pass=app.rootEncrypted()
      message="The root volume of app-server is not encrypted; hibernation writes RAM to it, so it must be."/>
  <@check id="root-size" pass=(app.rootSizeGib() >= neededRoot)
      message="The root volume is ${app.rootSizeGib()} GiB; it needs at least ${neededRoot} GiB to hold the RAM as well."/>
  <@check id="running" pass=(app.state() == "running")
      message="app-server is ${app.state()}; wait with aws ec2 wait instance-status-ok."/>
  <@hint>Three options do it: `--hibernation-options Configured=true` and `--block-device-mappings` with `Encrypted=true` and a `VolumeSize`.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type m5.large --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=16,Encrypted=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=app-server}]'`</@hint>
  <@why>Hibernation saves the instance's RAM to its root volume, so the volume must be encrypted and big enough,
  and hibernation must be chosen at launch.</@why>
  <@capture name="appId" value=app.id()/>
  <@solution>
APP_ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type m5.large --hibernation-options Configured=true --block-device-mappings 'DeviceName=/dev/xvda,Ebs={VolumeSize=16,Encrypted=true}' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=app-server}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $APP_ID
  </@solution>
</@step>

<#assign appId = captured.appId!app.id()>
<#assign ran = aws.commands()?filter(c -> c.instanceIds()?seq_contains(appId) && c.document() == "AWS-RunShellScript")>
<@step id="nginx" title="Start nginx with Run Command">
Install nginx on **${aws.or(appId, "app-server")}** and start it, **without enabling it at boot**, using Systems Manager Run Command
(`aws ssm send-command`, document `AWS-RunShellScript`).
  <@check id="command" pass=(ran?size > 0)
      message="No AWS-RunShellScript command has been sent to ${appId} yet."/>
  <@check id="nginx" pass=app.serviceRunning("nginx")
      message="nginx is not running on ${appId}. Run dnf install -y nginx and systemctl start nginx (aws ssm get-command-invocation shows what happened)."/>
  <@hint>`aws ssm send-command --document-name AWS-RunShellScript --instance-ids ${appId} --parameters 'commands=["dnf install -y nginx","systemctl start nginx"]'`</@hint>
  <@why>Run Command changes running instances without SSH. Starting a service does not enable it: it runs until
  the operating system stops.</@why>
  <@capture name="privateIp" value=app.privateIp()/>
  <@capture name="publicIp" value=app.publicIp()/>
  <@solution>
aws ssm send-command --document-name AWS-RunShellScript --instance-ids ${appId} --parameters 'commands=["dnf install -y nginx","systemctl start nginx"]'

%advance 1m
  </@solution>
</@step>

<@step id="hibernate" title="Hibernate it">
Hibernate **${aws.or(appId, "app-server")}** and wait until it is stopped.
  <@check id="stopped" pass=(app.state() == "stopped") message="${appId} is ${app.state()}, not stopped."/>
  <@check id="hibernated" pass=(app.hibernated() || app.stateReason() == "Client.UserInitiatedHibernate")
      message="${appId} was stopped without hibernating (state reason ${app.stateReason()}). Start it and use stop-instances --hibernate."/>
  <@hint>`aws ec2 stop-instances --instance-ids ${appId} --hibernate`, then `aws ec2 wait instance-stopped --instance-ids ${appId}`.</@hint>
  <@why>A hibernated instance is billed like a stopped one (only its volumes), but keeps its memory.</@why>
  <@solution>
aws ec2 stop-instances --instance-ids ${appId} --hibernate

aws ec2 wait instance-stopped --instance-ids ${appId}
  </@solution>
</@step>

<@step id="resume" title="Start it: memory kept, new public IP">
Start **${aws.or(appId, "app-server")}** again. nginx is still running: the RAM came back. Its private IP is the same
(${captured.privateIp!"as before"}); its public IP is new.
  <@check id="running" pass=(app.state() == "running") message="${appId} is ${app.state()}; start it and wait until it runs."/>
  <@check id="nginx" pass=app.serviceRunning("nginx")
      message="nginx is not running after the resume: was the instance hibernated, or stopped?"/>
  <@check id="private-ip" pass=(app.privateIp() == captured.privateIp!app.privateIp())
      message="The private IP changed from ${captured.privateIp!''} to ${app.privateIp()}."/>
  <@check id="public-ip" pass=(app.publicIp()?has_content && app.publicIp() != captured.publicIp!"")
      message="Expected a new public IP (it was ${captured.publicIp!''}); it is ${app.publicIp()?has_content?then(app.publicIp(), 'none')}."/>
  <@hint>`aws ec2 start-instances --instance-ids ${appId}`, then `aws ec2 wait instance-running --instance-ids ${appId}`.</@hint>
  <@why>Hibernation resumes processes where they were. The public IPv4 address, though, was released at the stop:
  use an Elastic IP when an address must not change.</@why>
  <@solution>
aws ec2 start-instances --instance-ids ${appId}

aws ec2 wait instance-running --instance-ids ${appId}
  </@solution>
</@step>

<#assign stops = aws.calls("StopInstances")?filter(c -> c.succeeded())?size>
<@step id="restart" title="Stop and start it: memory lost">
Now stop **${aws.or(appId, "app-server")}** normally (no hibernation), wait until it is stopped, and start it again. nginx is not
running any more: it was started by hand, never enabled, and the RAM is gone.
  <@check id="running" pass=(app.state() == "running") message="${appId} is ${app.state()}; it should be running again."/>
  <@check id="stopped-again" pass=(stops >= 2)
      message="Stop it once more, without --hibernate (stop-instances calls so far: ${stops})."/>
  <@check id="nginx-gone" pass=!app.serviceRunning("nginx")
      message="nginx still runs on ${appId}: stop it without --hibernate and start it again."/>
  <@hint>`aws ec2 stop-instances --instance-ids ${appId}`, `aws ec2 wait instance-stopped ...`, then `aws ec2 start-instances ...` and `aws ec2 wait instance-running ...`.</@hint>
  <@why>A stop is a shutdown: what lives only in memory is lost, what is on the EBS root volume stays. That is
  why services are enabled (or set up by user data) rather than started by hand.</@why>
  <@solution>
aws ec2 stop-instances --instance-ids ${appId}

aws ec2 wait instance-stopped --instance-ids ${appId}

aws ec2 start-instances --instance-ids ${appId}

aws ec2 wait instance-running --instance-ids ${appId}
  </@solution>
</@step>

<@step id="protect" title="Protect it from termination">
Turn on **termination protection** for **${aws.or(appId, "app-server")}**, then try to terminate it and read the refusal.
  <@check id="protected" pass=app.terminationProtected()
      message="${appId} has no termination protection (attribute disableApiTermination)."/>
  <@check id="refused" pass=aws.refused("TerminateInstances", "OperationNotPermitted")
      message="Try terminate-instances on ${appId} and see it refused."/>
  <@hint>`aws ec2 modify-instance-attribute --instance-id ${appId} --disable-api-termination`</@hint>
  <@why>Termination protection guards against a mistaken terminate call (a script with the wrong id); it does not
  stop a shutdown from inside the instance if its shutdown behaviour is terminate.</@why>
  <@solution>
aws ec2 modify-instance-attribute --instance-id ${appId} --disable-api-termination

aws ec2 terminate-instances --instance-ids ${appId}
  </@solution>
</@step>

<@step id="terminate" title="Unprotect and terminate">
Turn the protection off and terminate **${aws.or(appId, "app-server")}**.
  <@check id="terminated" pass=app.gone() message="${appId} is ${app.state()}, not terminated."/>
  <@hint>`aws ec2 modify-instance-attribute --instance-id ${appId} --no-disable-api-termination`, then terminate it.</@hint>
  <@why>Protection is an attribute you change like any other: a deliberate two-step delete.</@why>
  <@solution>
aws ec2 modify-instance-attribute --instance-id ${appId} --no-disable-api-termination

aws ec2 terminate-instances --instance-ids ${appId}
  </@solution>
</@step>
</@lesson>
