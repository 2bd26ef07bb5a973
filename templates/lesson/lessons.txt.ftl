<#-- %lessons and `ec2-tutor lessons`: every lesson with its status in this session. -->
${"Lesson"?right_pad(22)} ${"Title"?right_pad(44)} ${"Steps"?left_pad(5)} ${"Min"?left_pad(4)}  Status
<#list view.rows() as r>
${r.id()?right_pad(22)} ${r.title()?right_pad(44)} ${r.steps()?c?left_pad(5)} ${r.minutes()?c?left_pad(4)}  ${r.status()}<#if r.origin()?has_content>  (${r.origin()})</#if>
</#list>
%lesson start ID begins one.
