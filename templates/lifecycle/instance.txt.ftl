<#-- An instance's lifecycle in one line, its current state in brackets. -->
<#list instances as i>
${i.id()}<#if i.name() != "-"> (${i.name()})</#if>: <#list ["pending", "running", "stopping", "stopped"] as s><#if s == i.state()>[${s}]<#else>${s}</#if><#sep> -> </#list>; <#list ["shutting-down", "terminated"] as s><#if s == i.state()>[${s}]<#else>${s}</#if><#sep> -> </#list>
</#list>
