<#-- %progress: every step of the lesson with its status; the title column is as wide as the longest title. -->
<#assign titleWidth = ([44] + view.rows()?map(r -> r.title()?length))?max>
${view.lessonTitle()} (${view.lessonId()}): ${view.done()} of ${view.total()} steps done
${"Step"?right_pad(5)} ${"Title"?right_pad(titleWidth)} ${"Status"?right_pad(20)} ${"Hints"?left_pad(5)} ${"Checks"?left_pad(6)}
<#list view.rows() as r>
${(r.current()?then(">", " ") + r.number())?right_pad(5)} ${r.title()?right_pad(titleWidth)} ${r.status()?right_pad(20)} ${r.hints()?c?left_pad(5)} ${r.attempts()?c?left_pad(6)}
</#list>
