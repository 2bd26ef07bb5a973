<#-- %bill as text: every line of the account's bill, then totals per group (service unless --group-by says otherwise). -->
Bill of account ${view.accountId()} (${view.profile()}) from ${view.from()} to ${view.to()}
<#if view.rows()?size == 0>
No usage yet: nothing has run or been stored in this period.
<#else>
${"Usage type"?right_pad(24)} ${"Resource"?right_pad(36)} ${"Pricing"?right_pad(14)} ${"Quantity"?left_pad(12)} ${"Unit"?right_pad(5)} ${"Rate"?left_pad(10)} ${"Cost"?left_pad(11)}
<#list view.rows() as r>
${r.usageType()?right_pad(24)} ${r.resourceId()?right_pad(36)} ${r.pricing()?right_pad(14)} ${r.quantity()?left_pad(12)} ${r.unit()?right_pad(5)} ${r.unitPrice()?left_pad(10)} ${r.cost()?left_pad(11)}
</#list>

Cost by ${view.groupBy()}:
<#list view.groups() as g>
${g.name()?right_pad(40)} ${g.cost()?left_pad(12)}
</#list>
</#if>
${"Total"?right_pad(40)} ${view.total()?left_pad(12)}
