<#-- A step that passed: announced once, with why it matters. -->
✓ Step ${view.number()} ${view.byTutor()?then("solved by the tutor", "passed")}: ${view.title()}
<#if view.why()?has_content>
  Why it matters: ${view.why()?replace("\n  ", " ")?replace("\n", " ")}
</#if>
