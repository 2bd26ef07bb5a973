<#-- %progress: every step of the lesson with its status. -->
${view.lessonTitle()} (${view.lessonId()}): ${view.done()} of ${view.total()} steps done
${"Step"?right_pad(5)} ${"Title"?right_pad(44)} ${"Status"?right_pad(20)} ${"Hints"?left_pad(5)} ${"Checks"?left_pad(6)}
<#list view.rows() as r>
${(r.current()?then(">", " ") + r.number())?right_pad(5)} ${r.title()?right_pad(44)} ${r.status()?right_pad(20)} ${r.hints()?c?left_pad(5)} ${r.attempts()?c?left_pad(6)}
</#list>
