<#-- Lesson custom-ami: bake a web server image without rebooting its builder, and launch from it. -->
<#assign al2023 = aws.latestAmazonImage("al2023-ami-kernel-default-x86_64")>
<#assign builder = aws.instanceNamed("builder")>
<#assign image = aws.imageNamed("web-server-v1")>
<#assign web = aws.instanceNamed("web-1")>
<@lesson id="custom-ami" version=1 title="Bake a custom AMI" minutes=25 seed=202>
An AMI is a template for instances: launch one, set it up, capture its disk as an image, and every instance you
launch from that image starts already set up. You will bake nginx into an image called `web-server-v1`.

<@step id="builder" title="Launch a builder that installs nginx">
Launch a t3.micro tagged `Name=builder` from the latest Amazon Linux 2023 image, with **user data** that installs
nginx and enables it at boot:

```
#!/bin/bash
dnf install -y nginx
systemctl enable --now nginx
```

User data runs once, at the first boot. Wait until nginx runs (`aws ec2 wait instance-status-ok` waits for the
boot to finish).
  <@check id="exists" pass=builder.exists() message="No instance tagged Name=builder yet."/>
  <@check id="image" pass=(builder.imageId() == al2023)
      message="The builder should run the latest Amazon Linux 2023 image (${al2023}); it runs ${builder.imageId()}."/>
  <@check id="user-data" pass=builder.hasUserData()
      message="The builder has no user data: give run-instances --user-data with the script above."/>
  <@check id="nginx" pass=builder.serviceRunning("nginx")
      message="nginx is not running on the builder (it is ${builder.state()}). Wait for the boot with aws ec2 wait instance-status-ok; if it still does not run, aws ec2 get-console-output shows what your script did."/>
  <@hint>Put the script in a file and pass `--user-data file://setup.sh`, or inline it with bash's `$'...\n...'` quoting.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=builder}]'`, then `aws ec2 wait instance-status-ok --instance-ids ID`.</@hint>
  <@why>User data is the standard way to set an instance up without logging in. `enable` matters: an image only
  keeps what is on disk, and a service that is enabled starts again on every instance booted from it.</@why>
  <@capture name="builderId" value=builder.id()/>
  <@solution>
BUILDER_ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=builder}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $BUILDER_ID
  </@solution>
</@step>

<#assign builderId = captured.builderId!builder.id()>
<@step id="image" title="Create web-server-v1 without rebooting">
Create an image named `web-server-v1` from the builder **${aws.or(builderId, "the builder")}** without rebooting it.
  <@check id="exists" pass=image.exists() message="No image named web-server-v1 in your account yet."/>
  <@check id="source" pass=(image.sourceInstanceId() == builderId)
      message="web-server-v1 should be created from the builder ${builderId}; it was created from ${image.sourceInstanceId()?has_content?then(image.sourceInstanceId(), 'no instance')}."/>
  <@check id="no-reboot" pass=image.createdWithoutReboot()
      message="Image web-server-v1 was created with reboot: the builder restarted. Deregister it and create it again with --no-reboot."/>
  <@hint>`aws ec2 create-image` takes `--instance-id`, `--name` and a flag that keeps the instance running.</@hint>
  <@hint>`aws ec2 create-image --instance-id ${builderId} --name web-server-v1 --no-reboot`</@hint>
  <@why>By default EC2 shuts the instance down to take a consistent snapshot of its disk, then starts it again.
  With --no-reboot it snapshots the running disk: no downtime, at the risk of catching files half-written.</@why>
  <@capture name="imageId" value=image.id()/>
  <@solution>
IMAGE_ID=$(aws ec2 create-image --instance-id ${builderId} --name web-server-v1 --no-reboot --query ImageId --output text)
  </@solution>
</@step>

<#assign imageId = captured.imageId!image.id()>
<#assign baked = aws.image(imageId)>
<@step id="available" title="Wait until the image is available">
An image is `pending` while EC2 copies the snapshots of its volumes. Wait until **${aws.or(imageId, "web-server-v1")}** is `available`.
  <@check id="available" pass=(baked.state() == "available")
      message="Expected ${imageId} to be available; it is ${baked.state()}. Wait with aws ec2 wait image-available or %advance 5m."/>
  <@hint>`aws ec2 wait image-available --image-ids ${imageId}`</@hint>
  <@why>Only an available image can be launched. Its snapshots keep costing storage until you deregister the
  image and delete them.</@why>
  <@solution>
aws ec2 wait image-available --image-ids ${imageId}
  </@solution>
</@step>

<@step id="web" title="Launch web-1 from your image">
Launch a t3.micro tagged `Name=web-1` from **${aws.or(imageId, "web-server-v1")}**, this time **without user data**, and wait until nginx
runs on it.
  <@check id="exists" pass=web.exists() message="No instance tagged Name=web-1 yet."/>
  <@check id="image" pass=(web.imageId() == imageId)
      message="web-1 should be launched from ${imageId} (web-server-v1); it runs ${web.imageId()}."/>
  <@check id="no-user-data" pass=!web.hasUserData()
      message="web-1 was given user data; launch it without, the image already has nginx."/>
  <@check id="nginx" pass=web.serviceRunning("nginx")
      message="nginx is not running on web-1 yet (${web.state()}). Wait with aws ec2 wait instance-status-ok."/>
  <@hint>`aws ec2 run-instances --image-id ${imageId} --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-1}]'`</@hint>
  <@why>Everything the builder installed is in the image, so web-1 serves pages as soon as it boots: no install at
  launch time, and every copy is the same.</@why>
  <@capture name="webId" value=web.id()/>
  <@solution>
WEB_ID=$(aws ec2 run-instances --image-id ${imageId} --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-1}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $WEB_ID
  </@solution>
</@step>

<#assign oldBuilder = aws.instance(builderId)>
<#assign webNow = aws.instance(captured.webId!web.id())>
<@step id="cleanup" title="Terminate the builder">
The builder has done its job. Terminate **${aws.or(builderId, "the builder")}**: the image and web-1 do not depend on it.
  <@check id="builder-gone" pass=(oldBuilder.gone() || !oldBuilder.exists())
      message="Expected the builder ${builderId} to be terminated; it is ${oldBuilder.state()}."/>
  <@check id="image-kept" pass=(baked.state() == "available")
      message="web-server-v1 should still be available; it is ${baked.state()}."/>
  <@check id="web-kept" pass=webNow.alive()
      message="web-1 should still run; it is ${webNow.state()}."/>
  <@hint>`aws ec2 terminate-instances --instance-ids ${builderId}`</@hint>
  <@why>An image is independent of the instance it came from: its snapshots hold the disk. Builders are
  temporary; images are what you keep (and pay storage for).</@why>
  <@solution>
aws ec2 terminate-instances --instance-ids ${builderId}
  </@solution>
</@step>
</@lesson>
