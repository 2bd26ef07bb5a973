<#-- The CLI's own output is the text form of a describe table: printed unchanged. -->
${text}<#t>
