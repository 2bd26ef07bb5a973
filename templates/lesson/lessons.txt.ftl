<#-- %lessons and `ec2-tutor lessons`: every lesson with its status in this session; columns fit the longest id and title. -->
<#assign idWidth = ([22] + view.rows()?map(r -> r.id()?length))?max>
<#assign titleWidth = ([44] + view.rows()?map(r -> r.title()?length))?max>
${"Lesson"?right_pad(idWidth)} ${"Title"?right_pad(titleWidth)} ${"Steps"?left_pad(5)} ${"Min"?left_pad(4)}  Status
<#list view.rows() as r>
${r.id()?right_pad(idWidth)} ${r.title()?right_pad(titleWidth)} ${r.steps()?c?left_pad(5)} ${r.minutes()?c?left_pad(4)}  ${r.status()}<#if r.origin()?has_content>  (${r.origin()})</#if>
</#list>
%lesson start ID begins one.
