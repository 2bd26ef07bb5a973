<#-- %bill as text: every line of the account's bill, then totals per service. -->
Bill of account ${view.accountId()} (${view.profile()}) from ${view.from()} to ${view.to()}
<#if view.rows()?size == 0>
No usage yet: nothing has run or been stored in this period.
<#else>
${"Usage type"?right_pad(28)} ${"Resource"?right_pad(21)} ${"Quantity"?left_pad(14)} ${"Unit"?right_pad(5)} ${"Rate"?left_pad(9)} ${"Cost"?left_pad(12)}
<#list view.rows() as r>
${r.usageType()?right_pad(28)} ${r.resourceId()?right_pad(21)} ${r.quantity()?left_pad(14)} ${r.unit()?right_pad(5)} ${r.unitPrice()?left_pad(9)} ${r.cost()?left_pad(12)}
</#list>

<#list view.services() as s>
${s.service()?right_pad(40)} ${s.cost()?left_pad(12)}
</#list>
</#if>
${"Total"?right_pad(40)} ${view.total()?left_pad(12)}
