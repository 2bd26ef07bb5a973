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
<#-- The Savings Plan step: the steady t3.large (On-Demand, us-east-1) and a 1-year No Upfront plan whose commitment
     covers its hour at the plan's rate: t3.large's $0.0832 On-Demand less the plan's discount, 26% for Compute (as a
     Convertible RI), 37% for EC2 Instance (as a Standard RI): $0.061568 and $0.052416 an hour. -->
<#assign steady = aws.instances()?filter(i -> i.type() == "t3.large" && i.region() == "us-east-1" && !i.spot() && i.alive())>
<#assign livePlans = aws.savingsPlans()?filter(p -> p.state() == "active" || p.state() == "payment-pending")>
<#function spRate p><#return (p.planType() == "Compute")?then(0.061568, 0.052416)></#function>
<#function spFits p><#return p.years() == 1 && p.paymentOption() == "No Upfront" && (p.planType() == "Compute" || (p.family() == "t3" && p.region() == "us-east-1"))></#function>
<#assign coveringPlans = livePlans?filter(p -> spFits(p) && p.commitment() >= spRate(p) - 0.0000005)>
<#if livePlans?size == 0>
  <#assign spWhy = "No Savings Plan yet: buy a 1-year No Upfront Compute plan (or an EC2 Instance plan for t3 in us-east-1).">
<#else>
  <#assign last = livePlans?last>
  <#if last.years() != 1 || last.paymentOption() != "No Upfront">
    <#assign spWhy = "Your plan " + last.id() + " is a " + last.years() + "-year " + last.paymentOption() + " plan; this step asks for 1 year, No Upfront.">
  <#elseif last.planType() == "EC2Instance" && last.region() != "us-east-1">
    <#assign spWhy = "Your EC2 Instance Savings Plan is for " + last.region() + ": it applies only to usage in that Region, and the t3.large runs in us-east-1.">
  <#elseif last.planType() == "EC2Instance" && last.family() != "t3">
    <#assign spWhy = "Your EC2 Instance Savings Plan is for the " + last.family() + " family: it does not apply to a t3.large.">
  <#else>
    <#assign spWhy = "Your plan commits $" + last.commitment()?c + " an hour, less than the t3.large costs at its rate ($" + spRate(last)?c + "): the rest of each hour would be billed On-Demand.">
  </#if>
</#if>
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

<@step id="savings-plan" title="Cover a steady t3.large with a Savings Plan">
Run **one t3.large** On-Demand in **us-east-1**: the steady workload. Then buy a **1-year No Upfront Savings Plan**
that covers it: a Compute plan, or an EC2 Instance plan for the **t3** family in **us-east-1**, committing at least
the plan's hourly rate for a t3.large (`describe-savings-plans-offering-rates` gives it).
  <@check id="steady" pass=(steady?size > 0)
      message="No On-Demand t3.large runs in us-east-1: the plan pays only for usage that runs."/>
  <@check id="plan" pass=(coveringPlans?size > 0) message=spWhy/>
  <@hint>`aws savingsplans describe-savings-plans-offerings --plan-types Compute --durations 31536000 --payment-options "No Upfront"` gives the offering's id; `aws savingsplans describe-savings-plans-offering-rates --savings-plan-offering-ids ID --filters name=instanceType,values=t3.large name=region,values=us-east-1` its rate for t3.large.</@hint>
  <@hint>`aws savingsplans create-savings-plan --savings-plan-offering-id ID --commitment 0.062`</@hint>
  <@why>A Savings Plan commits to a spend per hour, not to an instance: each hour its rates pay for matching usage
  (any family, size or Region for a Compute plan; one family in one Region for an EC2 Instance plan) up to the
  commitment, the rest is On-Demand, and an hour with less usage still costs the whole commitment.</@why>
  <@solution>
aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.large --query 'Instances[0].InstanceId' --output text

OFFERING_ID=$(aws savingsplans describe-savings-plans-offerings --plan-types Compute --durations 31536000 --payment-options "No Upfront" --query 'searchResults[0].offeringId' --output text)

aws savingsplans create-savings-plan --savings-plan-offering-id $OFFERING_ID --commitment 0.062 --query savingsPlanId --output text
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
  when nothing uses them, Spot costs a fraction of On-Demand, the Savings Plan pays for the t3.large at its rate,
  and the Dedicated Host costs the same however little runs on it.</@why>
  <@solution>
%advance 30d

%bill --group-by PURCHASE_TYPE
  </@solution>
</@step>
</@lesson>
