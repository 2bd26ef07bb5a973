<#-- A lesson step as text: the REPL prints it after %lesson start, when the previous step passes, and on %lesson. -->
<#if view.intro()?has_content>
${view.lessonTitle()}

${view.intro()}

</#if>
Step ${view.number()}/${view.total()}: ${view.title()}
${view.text()?replace("**", "")}
