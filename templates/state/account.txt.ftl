<#-- %state as text: the account at a glance. Each heading line has text, so FreeMarker keeps its newline. -->
Account ${view.accountId()} (${view.profile()}) in ${view.region()} at ${view.clock()}
Instances: <#if view.instances()?size == 0>none<#else>${view.instances()?size}</#if>
<#list view.instances() as i>
  ${i.id()}  ${i.state()?right_pad(13)} ${i.type()?right_pad(12)} ${i.name()?right_pad(16)} public ${i.publicIp()?right_pad(15)} private ${i.privateIp()}  ${i.imageId()}
</#list>
Images: <#if view.images()?size == 0>none<#else>${view.images()?size}</#if>
<#list view.images() as i>
  ${i.id()}  ${i.state()?right_pad(11)} ${i.name()?right_pad(24)} ${i.sharing()}
</#list>
Volumes: <#if view.volumes()?size == 0>none<#else>${view.volumes()?size}</#if>
<#list view.volumes() as v>
  ${v.id()}  ${v.state()?right_pad(10)} ${(v.sizeGib()?c + " GiB")?right_pad(8)} ${v.type()?right_pad(4)} ${v.attachedTo()}
</#list>
Snapshots: <#if view.snapshots()?size == 0>none<#else>${view.snapshots()?size}</#if>
<#list view.snapshots() as s>
  ${s.id()}  ${s.state()?right_pad(10)} ${(s.sizeGib()?c + " GiB")?right_pad(8)} ${s.description()}
</#list>
