<#-- %cost-compare as text: each way to pay for the workload, cheapest first and marked. -->
${view.workload()}
<#assign nameW = 42><#list view.rows() as r><#if r.name()?length gt nameW><#assign nameW = r.name()?length></#if></#list>
${"Option"?right_pad(nameW)} ${"Upfront"?left_pad(12)} ${"Total"?left_pad(12)} ${"Saving"?left_pad(7)}  Commitment
<#list view.rows() as r>
${r.name()?right_pad(nameW)} ${r.upfront()?left_pad(12)} ${r.total()?left_pad(12)} ${r.saving()?left_pad(7)}  ${r.commitment()}<#if r.cheapest()>  <- cheapest</#if>
</#list>
Reserved Instances are paid for every hour of their term, used or not. Spot can be interrupted with two minutes' notice. A Dedicated Host is billed around the clock while allocated, whatever runs on it. A Savings Plan is an hourly commitment (shown in brackets) billed every hour of its term, used or not; EC2 Instance plans cover any size of the family in the Region, Compute plans any family and Region. Buy one with aws savingsplans create-savings-plan --savings-plan-offering-id ID --commitment C (the ids: aws savingsplans describe-savings-plans-offerings).
