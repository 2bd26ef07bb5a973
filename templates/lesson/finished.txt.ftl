<#-- The end of a lesson. -->
Lesson ${view.lessonId()} finished: ${view.passed()} of ${view.total()} steps passed by you<#if view.solved() gt 0>, ${view.solved()} solved by the tutor</#if>. %lessons shows what to try next.
