<#-- Lesson cost-choices: one account, every way to pay for EC2, and the bill that shows the difference. -->
<#assign ris = aws.reservedInstances()?filter(r -> r.instanceType() == "m5.large" && r.offeringClass() == "standard" && r.years() == 1 && r.state() == "active")>
<#assign riCount = 0><#list ris as r><#assign riCount += r.count()></#list>
<#-- Spot: running now, or taken back by EC2 since (the month of the last step interrupts some); not instances the
     learner launched and terminated one after another (four launches are not four instances). -->
<#assign spot = aws.instances()?filter(i -> i.spot() && i.type() == "c5.xlarge" && i.interruptionBehavior() == "terminate" && (i.alive() || i.stateReason() == "Server.SpotInstanceTermination"))>
<#-- The host the step asks for (m5, us-east-1a), with the m5.large the step asks for running on it: an instance of
     another type on it, or a host elsewhere, is not it. -->
<#assign hosts = aws.hosts()?filter(h -> h.family() == "m5" && h.zone() == "us-east-1a" && h.state() == "available")>
<#assign usedHosts = hosts?filter(h -> h.instanceIds()?filter(id -> aws.instance(id).type() == "m5.large")?size > 0)>
<#assign crs = aws.capacityReservations()?filter(c -> c.instanceType() == "m5.large" && c.zone() == "us-east-1a" && c.state() == "active")>
<#assign crCount = 0><#list crs as c><#assign crCount += c.count()></#list>
<@lesson id="cost-choices" version=1 title="Purchase options and the bill" minutes=30 seed=606>
The same instance can be paid for in several ways. You will use each purchase option once, let a month pass on the
simulated clock, and read the bill grouped by purchase type. `%cost-compare m5.large --count 2` shows what each
option would cost for a year before you commit.

<@step id="reserved" title="Buy a Reserved Instance for two m5.large">
Buy a **1-year Standard Reserved Instance** (Linux/UNIX) for **two m5.large**. Any payment option will do.
  <@check id="bought" pass=(riCount >= 2)
      message="Expected active 1-year standard m5.large Reserved Instances for 2 instances; you have ${riCount}."/>
  <@hint>`aws ec2 describe-reserved-instances-offerings --instance-type m5.large --offering-class standard --product-description Linux/UNIX --max-duration 31536000` lists the offerings; each has a ReservedInstancesOfferingId.</@hint>
  <@hint>`aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id ID --instance-count 2`</@hint>
  <@why>A Reserved Instance is a billing discount, not an instance: running m5.large instances in the Region pay
  the reserved rate, and you pay for the term whether they run or not.</@why>
  <@solution>
OFFERING_ID=$(aws ec2 describe-reserved-instances-offerings --instance-type m5.large --offering-class standard --offering-type "No Upfront" --product-description Linux/UNIX --max-duration 31536000 --query 'ReservedInstancesOfferings[0].ReservedInstancesOfferingId' --output text)

aws ec2 purchase-reserved-instances-offering --reserved-instances-offering-id $OFFERING_ID --instance-count 2
  </@solution>
</@step>

<@step id="spot" title="Run four c5.xlarge as Spot">
Run **four c5.xlarge** as **Spot Instances** whose interruption behaviour is **terminate**.
  <@check id="four" pass=(spot?size >= 4)
      message="Expected 4 c5.xlarge Spot Instances that terminate on interruption; you have ${spot?size}."/>
  <@hint>`--instance-market-options 'MarketType=spot,SpotOptions={InstanceInterruptionBehavior=terminate}'` and `--count 4`.</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type c5.xlarge --count 4 --instance-market-options 'MarketType=spot,SpotOptions={SpotInstanceType=one-time,InstanceInterruptionBehavior=terminate}'`</@hint>
  <@why>Spot uses spare capacity at a large discount; EC2 can take it back with two minutes' notice, so it suits
  work that can stop and restart.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type c5.xlarge --count 4 --instance-market-options 'MarketType=spot,SpotOptions={SpotInstanceType=one-time,InstanceInterruptionBehavior=terminate}' --query 'Instances[].InstanceId' --output text
  </@solution>
</@step>

<@step id="host" title="Allocate a Dedicated Host and launch onto it">
Allocate a **Dedicated Host** for the **m5** family (in us-east-1a) and launch an m5.large onto it.
  <@check id="allocated" pass=(hosts?size > 0) message="No available Dedicated Host for the m5 family in us-east-1a yet."/>
  <@check id="used" pass=(usedHosts?size > 0)
      message="No m5.large runs on your m5 host in us-east-1a yet: launch one with --placement Tenancy=host,HostId=..."/>
  <@hint>`aws ec2 allocate-hosts --instance-family m5 --availability-zone us-east-1a --quantity 1`</@hint>
  <@hint>`aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type m5.large --placement Tenancy=host,HostId=HOST_ID`</@hint>
  <@why>A Dedicated Host is a whole server for your account, billed per host whatever runs on it: for licences
  counted per socket or core, and for compliance rules.</@why>
  <@solution>
HOST_ID=$(aws ec2 allocate-hosts --instance-family m5 --availability-zone us-east-1a --quantity 1 --query 'HostIds[0]' --output text)

aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type m5.large --placement Tenancy=host,HostId=$HOST_ID --query 'Instances[0].InstanceId' --output text
  </@solution>
</@step>

<@step id="capacity" title="Reserve capacity for two m5.large in us-east-1a">
Create an **On-Demand Capacity Reservation** for **two m5.large** (Linux/UNIX) in **us-east-1a**.
  <@check id="reserved" pass=(crCount >= 2)
      message="Expected an active Capacity Reservation for 2 m5.large in us-east-1a; you have ${crCount}."/>
  <@hint>`aws ec2 create-capacity-reservation --instance-type m5.large --instance-platform Linux/UNIX --availability-zone us-east-1a --instance-count 2`</@hint>
  <@why>A Capacity Reservation guarantees the capacity and is billed at the On-Demand rate whether you use it or
  not; matching instances run inside it instead of being billed on their own.</@why>
  <@capture name="reservedAt" value=aws.now()/>
  <@solution>
aws ec2 create-capacity-reservation --instance-type m5.large --instance-platform Linux/UNIX --availability-zone us-east-1a --instance-count 2
  </@solution>
</@step>

<#assign since = captured.reservedAt!aws.now()>
<#assign readLate = aws.calls("GetCostAndUsage")?filter(c -> aws.secondsBetween(since, c.at()) >= 2592000)>
<@step id="bill" title="Let a month pass and read the bill">
Let **30 days** pass on the simulated clock, then read the bill **grouped by purchase type**
(`%bill --group-by PURCHASE_TYPE`, or `tutor.bill("PURCHASE_TYPE")` in Java). Which option cost the most?
  <@check id="month" pass=(aws.secondsSince(since) >= 2592000)
      message="Only ${(aws.secondsSince(since) / 86400)?floor} days have passed since the reservation; %advance 30d."/>
  <@check id="read" pass=(readLate?size > 0)
      message="Read the bill after the month has passed: %bill --group-by PURCHASE_TYPE."/>
  <@hint>`%advance 30d`, then `%bill --group-by PURCHASE_TYPE`.</@hint>
  <@why>The bill is where the choices show: the Reserved Instance and the Capacity Reservation cost money even
  when nothing uses them, Spot costs a fraction of On-Demand, and the Dedicated Host costs the same however little
  runs on it.</@why>
  <@solution>
%advance 30d

%bill --group-by PURCHASE_TYPE
  </@solution>
</@step>
</@lesson>
