<#-- ec2-tutor grade --format text: one block per submission, one line per check. -->
Lesson ${report.lesson()} (version ${report.lessonVersion()?c}), ${report.submissions()?size} submission<#if report.submissions()?size != 1>s</#if>
<#list report.submissions() as s>

${s.name()}: <#if s.status() == "ERROR">not graded: ${s.error()}<#else>${s.score()}/${s.maxScore()} points</#if>
<#if s.status() != "ERROR">
  cells: ${s.cells().total()} (${s.cells().run()} run, ${s.cells().failed()} failed, ${s.cells().timedOut()} timed out)<#if s.cells().endedBy()?has_content>, ended by its ${s.cells().endedBy()}</#if>
</#if>
<#list s.cells().notes() as note>
  note: ${note}
</#list>
<#list s.steps() as st>
  ${(st.status() == "PASSED")?then("✓", "✗")} Step ${st.number()} ${st.title()}  ${st.score()}/${st.points()}
<#if st.status() != "PASSED">
<#if st.checks()?size == 0 || st.feedback()?starts_with("Not reached") || st.feedback()?starts_with("Solved")>
      ${st.feedback()}
<#else>
<#list st.checks() as c>
      ${c.passed()?then("✓", "✗")} ${st.number()}.${c.id()} ${c.message()}
</#list>
</#if>
</#if>
</#list>
</#list>
