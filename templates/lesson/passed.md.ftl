**✓ Step ${view.number()} ${view.byTutor()?then("solved by the tutor", "passed")}: ${view.title()}**
<#if view.why()?has_content>

*Why it matters:* ${view.why()}
</#if>
