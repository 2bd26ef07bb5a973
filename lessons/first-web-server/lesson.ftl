<#-- Lesson first-web-server: key pair, security group, user data, and reaching the server by its public IP. -->
<#assign net = aws.network()>
<#assign key = net.keyPair("web-key")>
<#assign sg = net.groupNamed("web-sg")>
<#assign web = aws.instanceNamed("web-1")>
<#assign client = aws.instanceNamed("client")>
<@lesson id="first-web-server" version=1 title="Your first web server" minutes=25 seed=707>
Every EC2 tutorial's first page: a key pair, a security group that opens port 80 to the world and port 22 to you
alone, an instance that installs nginx at first boot, and a look at the page by the instance's public IP address.
In ec2-tutor your computer's address is `203.0.113.25`. Type `aws ...` lines or Java (`ec2` and `ssm` are your
clients).

<@step id="key" title="Create a key pair">
Create a key pair named **web-key**. AWS keeps only its public half and shows you the private key once: tutorials
save it with `--query KeyMaterial --output text > web-key.pem`.
  <@check id="exists" pass=key.exists() message="No key pair named web-key yet."/>
  <@hint>`aws ec2 create-key-pair --key-name web-key --query KeyMaterial --output text`</@hint>
  <@why>SSH logs in with the private key; the instance receives the public key at launch. AWS never shows the
  private key again, so a lost .pem means a new key pair.</@why>
  <@solution>
aws ec2 create-key-pair --key-name web-key --query KeyMaterial --output text
  </@solution>
</@step>

<@step id="group" title="Open port 80 to the world and 22 to you">
Create a security group **web-sg** in the default VPC. Allow **TCP 80 from 0.0.0.0/0** and **TCP 22 only from your
address** (`203.0.113.25/32`).
  <@check id="exists" pass=sg.exists() message="No security group named web-sg yet."/>
  <@check id="http" pass=sg.opens(80, "0.0.0.0/0") message="web-sg does not allow TCP port 80 from 0.0.0.0/0."/>
  <@check id="ssh" pass=sg.opensToOneAddressOnly(22)
      message="web-sg should allow TCP port 22 from single addresses (/32) only, and from at least one."/>
  <@hint>`aws ec2 create-security-group --group-name web-sg --description "web server" --query GroupId --output text`</@hint>
  <@hint>`aws ec2 authorize-security-group-ingress --group-id SG --protocol tcp --port 80 --cidr 0.0.0.0/0`, and the same for port 22 with `--cidr 203.0.113.25/32`.</@hint>
  <@why>A new group lets nothing in. Port 80 serves the page to anyone; SSH open to the world invites every
  password-guessing robot, so it is opened to one address.</@why>
  <@solution>
SG=$(aws ec2 create-security-group --group-name web-sg --description "web server" --query GroupId --output text)

aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 80 --cidr 0.0.0.0/0

aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr 203.0.113.25/32
  </@solution>
</@step>

<@step id="launch" title="Launch web-1 with nginx in its user data">
Launch a **t3.micro** tagged `Name=web-1` from the latest Amazon Linux 2023 image with key **web-key**, group
**web-sg**, and user data that installs and starts nginx. Wait until its status checks pass.
  <@check id="exists" pass=web.exists() message="No instance tagged Name=web-1 yet."/>
  <@check id="key" pass=(net.keyOf(web.id()) == "web-key")
      message="web-1 was launched with key '${net.keyOf(web.id())}', not web-key (the key is chosen at launch)."/>
  <@check id="group" pass=net.groupsOf(web.id())?seq_contains("web-sg")
      message="web-1 is in ${net.groupsOf(web.id())?join(', ')}, not web-sg (aws ec2 modify-instance-attribute --groups can change it)."/>
  <@check id="nginx" pass=web.serviceRunning("nginx")
      message="nginx is not running on web-1 (state ${web.state()}); its user data should run dnf install -y nginx and systemctl enable --now nginx."/>
  <@hint>`--user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx'` runs once at first boot.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --key-name web-key --security-group-ids $SG --user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-1}]'`</@hint>
  <@why>User data is the script cloud-init runs as root on the first boot: the usual way to turn a plain image into
  a server without logging in.</@why>
  <@capture name="webId" value=web.id()/>
  <@solution>
WEB=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --key-name web-key --security-group-ids $SG --user-data $'#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web-1}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $WEB
  </@solution>
</@step>

<@step id="reach" title="Reach it by its public IP from another instance">
Find web-1's public IP with `--query`, launch a second instance tagged `Name=client`, and from it fetch
`http://PUBLIC_IP/` with `curl` through Run Command. The nginx welcome page should come back.
  <@check id="client" pass=client.exists() message="No instance tagged Name=client yet."/>
  <@check id="reached" pass=net.reachedByPublicIp(web.id())
      message="web-1's nginx has not yet served a page to another instance's public address. Run curl -s http://${aws.or(web.publicIp(), 'PUBLIC_IP')}/ on client with aws ssm send-command, then read it with get-command-invocation."/>
  <@hint>`aws ec2 describe-instances --instance-ids ${aws.or(web.id(), "$WEB")} --query 'Reservations[0].Instances[0].PublicIpAddress' --output text`</@hint>
  <@hint>`aws ssm send-command --document-name AWS-RunShellScript --instance-ids CLIENT_ID --parameters commands="curl -s http://${aws.or(web.publicIp(), 'PUBLIC_IP')}/"`</@hint>
  <@why>Traffic over the public address comes from the client's public address, so web-sg's 0.0.0.0/0 rule lets it
  in. Remove that rule and the same curl waits and times out: a security group drops what it does not allow.</@why>
  <@solution>
WEB_IP=$(aws ec2 describe-instances --instance-ids $WEB --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)

CLIENT=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=client}]' --query 'Instances[0].InstanceId' --output text)

aws ec2 wait instance-status-ok --instance-ids $CLIENT

CMD=$(aws ssm send-command --document-name AWS-RunShellScript --instance-ids $CLIENT --parameters commands="curl -s http://$WEB_IP/" --query Command.CommandId --output text)

%advance 1m

aws ssm get-command-invocation --command-id $CMD --instance-id $CLIENT --query StandardOutputContent --output text
  </@solution>
</@step>

<@step id="clean-up" title="Terminate both instances">
Terminate **web-1** and **client**: each running instance and its public IPv4 address cost money every hour.
  <@check id="web-gone" pass=(!web.exists() || web.gone()) message="web-1 is still ${web.state()}."/>
  <@check id="client-gone" pass=(!client.exists() || client.gone()) message="client is still ${client.state()}."/>
  <@hint>`aws ec2 terminate-instances --instance-ids ${aws.or(web.id(), "$WEB")} ${aws.or(client.id(), "$CLIENT")}`</@hint>
  <@why>The key pair and the security group cost nothing and can stay; the instances and their public addresses
  are billed until they are terminated.</@why>
  <@solution>
aws ec2 terminate-instances --instance-ids $WEB $CLIENT
  </@solution>
</@step>
</@lesson>
