<#-- A lesson step as Markdown, for notebooks. -->
<#if view.intro()?has_content>
## ${view.lessonTitle()}

${view.intro()}

</#if>
### Step ${view.number()}/${view.total()}: ${view.title()}

${view.text()}
