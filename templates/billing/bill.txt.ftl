<#-- %bill as text: every line of the account's bill, then totals per group (service unless --group-by says otherwise). -->
Bill of account ${view.accountId()} (${view.profile()}) from ${view.from()} to ${view.to()}
<#if view.rows()?size == 0>
No usage yet: nothing has run or been stored in this period.
<#else>
<#-- Columns as wide as their longest value (io2's band names, vCPU-Hours), never narrower than before. -->
<#assign typeW = 24><#assign unitW = 5>
<#list view.rows() as r><#if r.usageType()?length gt typeW><#assign typeW = r.usageType()?length></#if><#if r.unit()?length gt unitW><#assign unitW = r.unit()?length></#if></#list>
${"Usage type"?right_pad(typeW)} ${"Resource"?right_pad(36)} ${"Pricing"?right_pad(14)} ${"Quantity"?left_pad(12)} ${"Unit"?right_pad(unitW)} ${"Rate"?left_pad(10)} ${"Cost"?left_pad(11)}
<#list view.rows() as r>
${r.usageType()?right_pad(typeW)} ${r.resourceId()?right_pad(36)} ${r.pricing()?right_pad(14)} ${r.quantity()?left_pad(12)} ${r.unit()?right_pad(unitW)} ${r.unitPrice()?left_pad(10)} ${r.cost()?left_pad(11)}
</#list>

Cost by ${view.groupBy()}:
<#list view.groups() as g>
${g.name()?right_pad(40)} ${g.cost()?left_pad(12)}
</#list>
</#if>
${"Total"?right_pad(40)} ${view.total()?left_pad(12)}
