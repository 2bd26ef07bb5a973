<#-- Lesson governance: find who made an AMI public (CloudTrail), alert on public sharing (EventBridge to SQS), and
     flag instances launched from unapproved AMIs (AWS Config). -->
<#assign image = aws.imageNamed("web-base-v1")>
<#assign gov = aws.governance()>
<#assign learner = aws.learner()>
<#assign bucket = "governance-trail-" + learner>
<#assign queueArn = "arn:aws:sqs:us-east-1:" + learner + ":ami-alerts">
<#assign ruleArn = "arn:aws:events:us-east-1:" + learner + ":rule/ami-made-public">
<#assign legacy = aws.instanceNamed("legacy")>
<#assign queue = gov.queue("ami-alerts")>
<#assign rule = gov.eventRule("ami-made-public")>
<#assign approved = gov.configRule("approved-amis")>
<#assign approvedIds = approved.parameter("amiIds")?split(",")?map(s -> s?trim)>
<#assign shareEvent = gov.publicShareEventId(image.id())>
<@lesson id="governance" version=1 title="Who made it public? CloudTrail, EventBridge and AWS Config" minutes=40 seed=2323>
Your account has an image, `web-base-v1` (its id is in `$IMAGE_ID`), and an older instance called `legacy`. Someone
turned image block public access off and made the image **public**: anyone with an AWS account can launch it now.
You will find out who did it, set up an alert so that the next public share does not go unnoticed, and let AWS
Config flag instances that were not launched from the images your team approves.
<@setup>
BUILDER_ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=builder}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-running --instance-ids $BUILDER_ID

IMAGE_ID=$(aws ec2 create-image --instance-id $BUILDER_ID --name web-base-v1 --no-reboot --query ImageId --output text)

aws ec2 wait image-available --image-ids $IMAGE_ID

aws ec2 terminate-instances --instance-ids $BUILDER_ID

aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=legacy}]'

aws ec2 disable-image-block-public-access

aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission 'Add=[{Group=all}]'

%advance 1h
</@setup>

<@step id="who" title="Find who made the image public">
CloudTrail's **event history** keeps the management calls of the last 90 days in each Region, no trail needed.
Find the `ModifyImageAttribute` event that made **${image.ref()}** public with `aws cloudtrail lookup-events`, and
keep its `EventId` in `$EVENT_ID`. The event says who (`Username`, `AccessKeyId`) and, in its `CloudTrailEvent`
JSON, from where (`sourceIPAddress`, `userAgent`) and exactly what (`requestParameters`). Then make the image
private again.
  <@check id="lookup" pass=(aws.calls("LookupEvents")?filter(c -> c.succeeded())?size > 0)
      message="Look the event up with aws cloudtrail lookup-events first."/>
  <@check id="event" pass=(shareEvent?has_content && (vars.EVENT_ID!"") == shareEvent)
      message="$EVENT_ID is '${vars.EVENT_ID!}', not the EventId of the ModifyImageAttribute event that made ${image.id()} public."/>
  <@check id="private" pass=!image.isPublic()
      message="${image.id()} is still public: remove the launch permission of the group all."/>
  <@hint>`--lookup-attributes AttributeKey=ResourceName,AttributeValue=$IMAGE_ID` lists the events that name the
  image; `AttributeKey=EventName,AttributeValue=ModifyImageAttribute` the calls of that operation.</@hint>
  <@hint>`EVENT_ID=$(aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=ModifyImageAttribute --query 'Events[0].EventId' --output text)`,
  then `aws ec2 modify-image-attribute --image-id $IMAGE_ID --launch-permission 'Remove=[{Group=all}]'`.</@hint>
  <@why>Event history answers "who did what, when, from where" for every management call, successful or refused,
  without any setup. It is per Region and lasts 90 days; a trail keeps events longer, in S3.</@why>
  <@solution>
EVENT_ID=$(aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=ModifyImageAttribute --query 'Events[0].EventId' --output text)

aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Remove=[{Group=all}]'
  </@solution>
</@step>

<@step id="alert" title="Raise an alert when an image is made public">
EventBridge sees a call like that one as an "AWS API Call via CloudTrail" event, but only while a **trail** is
logging. Set it up and prove that it works:

1. an S3 bucket `${bucket}` whose bucket policy lets `cloudtrail.amazonaws.com` check its ACL and write under
   `AWSLogs/${learner}/`, and a trail `management-events` writing to it, logging;
2. an SQS queue `ami-alerts` whose policy lets `events.amazonaws.com` send messages from the rule
   `${ruleArn}`;
3. a rule `ami-made-public` matching `ModifyImageAttribute` calls that add launch permission for the group `all`,
   with the queue as its target;
4. then make **${image.ref()}** public once more, read the alert with `aws sqs receive-message`, and make the image
   private again.
  <@check id="trail" pass=aws.trailLogging("us-east-1")
      message="No trail is logging management events in us-east-1: create-trail needs the bucket and its policy, and a new trail logs only after start-logging."/>
  <@check id="queue" pass=(queue.exists() && queue.policy()?contains("events.amazonaws.com"))
      message="${queue.exists()?then('The queue ami-alerts has no policy that names events.amazonaws.com.', 'There is no queue ami-alerts yet.')}"/>
  <@check id="rule" pass=(rule.exists() && rule.targetArns()?seq_contains(queueArn))
      message="${rule.exists()?then('The rule ami-made-public does not target ' + queueArn + '.', 'There is no rule ami-made-public yet.')}"/>
  <@check id="received" pass=queue.received("ModifyImageAttribute")
      message="No alert has been received from ami-alerts yet: make the image public (the rule only sees calls made while the trail logs), then aws sqs receive-message."/>
  <@check id="private" pass=!image.isPublic()
      message="${image.id()} is public: make it private again."/>
  <@hint>The CloudTrail User Guide's bucket policy has two statements for the service principal
  `cloudtrail.amazonaws.com`: `s3:GetBucketAcl` on `arn:aws:s3:::${bucket}` and `s3:PutObject` on
  `arn:aws:s3:::${bucket}/AWSLogs/${learner}/*` with the condition `s3:x-amz-acl` = `bucket-owner-full-control`.</@hint>
  <@hint>The event pattern: `{"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventName":["ModifyImageAttribute"],"requestParameters":{"launchPermission":{"add":{"items":{"group":["all"]}}}}}}`.</@hint>
  <@hint>The queue policy: Principal `{"Service":"events.amazonaws.com"}`, Action `sqs:SendMessage`, Resource
  `${queueArn}`, Condition `{"ArnEquals":{"aws:SourceArn":"${ruleArn}"}}`; set it with
  `aws sqs set-queue-attributes --attributes` and the attribute `Policy`.</@hint>
  <@why>An alert on the call itself reaches you within seconds of the change, whoever made it and however. EventBridge
  delivers only what the target's policy allows, and CloudTrail events only while a trail logs.</@why>
  <@solution>
aws s3api create-bucket --bucket ${bucket}

aws s3api put-bucket-policy --bucket ${bucket} --policy '{"Version":"2012-10-17","Statement":[{"Sid":"AWSCloudTrailAclCheck","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::${bucket}"},{"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::${bucket}/AWSLogs/${learner}/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control"}}}]}'

aws cloudtrail create-trail --name management-events --s3-bucket-name ${bucket}

aws cloudtrail start-logging --name management-events

QUEUE_URL=$(aws sqs create-queue --queue-name ami-alerts --query QueueUrl --output text)

aws sqs set-queue-attributes --queue-url $QUEUE_URL --attributes '{"Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"${queueArn}\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"${ruleArn}\"}}}]}"}'

aws events put-rule --name ami-made-public --event-pattern '{"source":["aws.ec2"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventName":["ModifyImageAttribute"],"requestParameters":{"launchPermission":{"add":{"items":{"group":["all"]}}}}}}'

aws events put-targets --rule ami-made-public --targets Id=queue,Arn=${queueArn}

aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Add=[{Group=all}]'

aws sqs receive-message --queue-url $QUEUE_URL

aws ec2 modify-image-attribute --image-id ${image.id()} --launch-permission 'Remove=[{Group=all}]'
  </@solution>
</@step>

<@step id="config" title="Flag instances not launched from approved images">
Your team launches only from **${image.ref()}**. Create an AWS Config rule `approved-amis` from the managed rule
`APPROVED_AMIS_BY_ID` whose parameter `amiIds` approves that image alone, for resources of type
`AWS::EC2::Instance`. Config evaluates a new rule, and every change of an instance, a couple of minutes later:
wait for it (`%advance 3m`) and see which instance is non-compliant with
`aws configservice get-compliance-details-by-config-rule`.
  <@check id="rule" pass=(approved.exists() && approved.sourceIdentifier() == "APPROVED_AMIS_BY_ID")
      message="${approved.exists()?then('approved-amis uses ' + approved.sourceIdentifier() + ', not APPROVED_AMIS_BY_ID.', 'There is no Config rule approved-amis yet.')}"/>
  <@check id="approves" pass=(approvedIds?seq_contains(image.id()) && approvedIds?size == 1)
      message="The rule's amiIds is '${approved.parameter('amiIds')}': approve ${image.id()} and nothing else."/>
  <@check id="scope" pass=approved.resourceTypes()?seq_contains("AWS::EC2::Instance")
      message="The rule's scope should be the resource type AWS::EC2::Instance."/>
  <@check id="flagged" pass=(approved.result(legacy.id()) == "NON_COMPLIANT")
      message="Config has not judged ${legacy.ref()} (legacy) non-compliant yet (it is ${approved.result(legacy.id())}): wait a few minutes after creating the rule (%advance 3m)."/>
  <@hint>`aws configservice put-config-rule --config-rule` takes the rule as JSON: `ConfigRuleName`, `Source`
  (`Owner` `AWS`, `SourceIdentifier`), `InputParameters` (a JSON *string*) and `Scope`
  (`ComplianceResourceTypes`).</@hint>
  <@hint>`aws configservice put-config-rule --config-rule '{"ConfigRuleName":"approved-amis","Source":{"Owner":"AWS","SourceIdentifier":"APPROVED_AMIS_BY_ID"},"InputParameters":"{\"amiIds\":\"${image.id()}\"}","Scope":{"ComplianceResourceTypes":["AWS::EC2::Instance"]}}'`</@hint>
  <@why>Config judges resources, not calls: it flags an instance whoever launched it and however, and keeps judging
  new ones as they change. It reports; stopping the launch in the first place is IAM's job.</@why>
  <@solution>
aws configservice put-config-rule --config-rule '{"ConfigRuleName":"approved-amis","Source":{"Owner":"AWS","SourceIdentifier":"APPROVED_AMIS_BY_ID"},"InputParameters":"{\"amiIds\":\"${image.id()}\"}","Scope":{"ComplianceResourceTypes":["AWS::EC2::Instance"]}}'

%advance 3m

aws configservice get-compliance-details-by-config-rule --config-rule-name approved-amis --compliance-types NON_COMPLIANT
  </@solution>
</@step>
</@lesson>
