<#-- Lesson ami-lifecycle: describe, share, deprecate, disable and deregister an AMI, seen from two accounts. -->
<#assign image = aws.imageNamed("web-server-v1")>
<#assign teammate = aws.teammate()>
<#assign teammateRuns = aws.instancesOf(teammate)?filter(i -> i.imageId() == image.id() && (i.alive() || i.everRunning()))>
<@lesson id="ami-lifecycle" version=1 title="Share, deprecate and retire an AMI" minutes=30 seed=303>
Your account already has an available image `web-server-v1` (its id is in `$IMAGE_ID`), and image block public
access is on, as it is for every new account. You will share it with a teammate, retire it step by step, and see
each step from the teammate's side. `--profile teammate` (or `%account teammate`) acts as the teammate,
account ${teammate}.
<@setup>
BUILDER_ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=builder}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $BUILDER_ID

IMAGE_ID=$(aws ec2 create-image --instance-id $BUILDER_ID --name web-server-v1 --no-reboot --query ImageId --output text)

aws ec2 wait image-available --image-ids $IMAGE_ID

aws ec2 terminate-instances --instance-ids $BUILDER_ID

aws ec2 wait instance-terminated --instance-ids $BUILDER_ID
</@setup>

<@step id="describe" title="Describe the image">
Give **${image.ref()}** a description, so that the people you share it with know what it is.
  <@check id="description" pass=image.description()?has_content
      message="web-server-v1 (${image.id()}) has no description yet."/>
  <@hint>`aws ec2 modify-image-attribute` changes an image's description.</@hint>
  <@hint>`aws ec2 modify-image-attribute --image-id $IMAGE_ID --description Value="nginx on Amazon Linux 2023"`</@hint>
  <@why>Shared images show up in other accounts' listings; a description (and tags) say what an image is and who
  owns it, since the name alone often does not.</@why>
  <@solution>
aws ec2 modify-image-attribute --image-id ${image.id()} --description Value="nginx on Amazon Linux 2023"
  </@solution>
</@step>

<@step id="share" title="Share it with your teammate">
Give the teammate's account **${teammate}** permission to launch **${image.ref()}**.
  <@check id="teammate" pass=image.sharedWith(teammate)
      message="The launch permissions of ${image.id()} do not name ${teammate} (they name: ${image.sharedAccounts()?join(', ')?has_content?then(image.sharedAccounts()?join(', '), 'nobody')})."/>
  <@check id="not-public" pass=!image.isPublic()
      message="${image.id()} is public: share it with the one account, not with everyone."/>
  <@hint>Launch permissions are an image attribute: `--launch-permission 'Add=[{UserId=...}]'`.</@hint>
  <@hint>`aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission 'Add=[{UserId=${teammate}}]'`</@hint>
  <@why>Sharing grants launch permission; the image stays yours, and so do its snapshots and their cost.</@why>
  <@solution>
aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Add=[{UserId=${teammate}}]'
  </@solution>
</@step>

<@step id="teammate-launch" title="Launch it as the teammate">
Now act as the teammate and launch a t3.micro from **${image.ref()}**. The teammate sees your image with
`aws ec2 describe-images --profile teammate --executable-users self`.
  <@check id="launched" pass=(teammateRuns?size > 0)
      message="The teammate (${teammate}) has no instance from ${image.id()} yet."/>
  <@hint>Add `--profile teammate` to the run-instances line, or switch with `%account teammate` (and back with `%account default`).</@hint>
  <@hint>`aws ec2 run-instances --profile teammate --image-id $IMAGE_ID --instance-type t3.micro`</@hint>
  <@why>The instance belongs to the teammate's account and is billed there; only the image is yours.</@why>
  <@capture name="teammateInstance" value=(teammateRuns?first.id())!""/>
  <@solution>
aws ec2 run-instances --profile teammate --image-id ${image.id()} --instance-type t3.micro --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<@step id="organization" title="Share with the organization, not the world">
Try to make **${image.ref()}** public. Block public access refuses it; share it with your whole organization,
**${aws.organizationArn()}**, instead.
  <@check id="refused" pass=aws.refused("ModifyImageAttribute", "OperationNotPermitted")
      message="Try making it public first (launch permission Group=all) and read the error."/>
  <@check id="organization" pass=image.sharedWithOrganization()
      message="${image.id()} is not shared with an organization or organizational unit yet."/>
  <@check id="not-public" pass=!image.isPublic()
      message="${image.id()} is public."/>
  <@hint>Everyone is the group `all`: `--launch-permission 'Add=[{Group=all}]'`.</@hint>
  <@hint>`aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission 'Add=[{OrganizationArn=${aws.organizationArn()}}]'`</@hint>
  <@why>Block public access for AMIs is on by default for new accounts and stops accidental public sharing of
  images that may hold secrets. An organization share reaches every account of your company, and new ones
  automatically.</@why>
  <@solution>
aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Add=[{Group=all}]'

aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Add=[{OrganizationArn=${aws.organizationArn()}}]'
  </@solution>
</@step>

<@step id="deprecate" title="Deprecate it">
Deprecate **${image.ref()}**: set a deprecation time (`%clock` shows the simulated time; pick a minute from now) and
let it pass. Then look as the teammate: the image is gone from `describe-images` listings, but launching it by id
still works.
  <@check id="scheduled" pass=image.deprecationTime()?has_content
      message="${image.id()} has no deprecation time."/>
  <@check id="deprecated" pass=image.deprecated()
      message="${image.id()} is not deprecated yet (deprecation time: ${image.deprecationTime()?has_content?then(image.deprecationTime(), 'none')}, now ${aws.now()}); %advance until it passes."/>
  <@hint>`aws ec2 enable-image-deprecation --image-id $IMAGE_ID --deprecate-at TIME` with an ISO time such as `${aws.nowPlus(60)}`.</@hint>
  <@hint>After the deprecation time: `aws ec2 describe-images --profile teammate --image-ids $IMAGE_ID` still shows it by id.</@hint>
  <@why>Deprecation is a soft retirement: new users stop finding the image, existing automation that names its id
  keeps working.</@why>
  <@solution>
aws ec2 enable-image-deprecation --image-id ${image.id()} --deprecate-at ${aws.nowPlus(60)}

%advance 2m
  </@solution>
</@step>

<@step id="disable" title="Disable it">
Disable **${image.ref()}**: now a new launch from it is refused, even by id (try it as the teammate).
  <@check id="disabled" pass=image.disabled() message="${image.id()} is ${image.state()}, not disabled."/>
  <@hint>`aws ec2 disable-image --image-id $IMAGE_ID`</@hint>
  <@why>A disabled image cannot be launched or shared, but it can be enabled again: a safe step before deleting
  it for good.</@why>
  <@solution>
aws ec2 disable-image --image-id ${image.id()}
  </@solution>
</@step>

<#assign running = aws.instance(captured.teammateInstance!"")>
<@step id="deregister" title="Deregister it">
Deregister **${image.ref()}**. The teammate's instance **${running.ref()}** keeps running: an instance does not need
its image once launched.
  <@check id="deregistered" pass=image.deregistered() message="${image.id()} is ${image.state()}, not deregistered."/>
  <@check id="instance-runs" pass=running.alive()
      message="The teammate's instance ${running.id()} should keep running; it is ${running.state()}."/>
  <@hint>`aws ec2 deregister-image --image-id $IMAGE_ID` (add `--delete-associated-snapshots` to stop paying for its snapshots too).</@hint>
  <@why>Deregistering removes the image, not what was launched from it. Its snapshots stay (and cost) unless you
  delete them.</@why>
  <@solution>
aws ec2 deregister-image --image-id ${image.id()} --delete-associated-snapshots
  </@solution>
</@step>
</@lesson>
