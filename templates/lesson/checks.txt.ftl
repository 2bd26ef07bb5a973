<#-- %check: one line per check, like test results. -->
Step ${view.number()}: ${view.title()}
<#list view.lines() as l>
${l.passed()?then("✓", "✗")} ${view.number()}.${l.label()} ${l.message()}
</#list>
