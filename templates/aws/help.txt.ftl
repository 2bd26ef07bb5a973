<#--
  aws ... help in the real CLI's man-page layout (awscli/clidocs.py rendered by groff at 78 columns): sections at
  column 0, text at 7, an option's content at 10, nested members 4 deeper, right under their parent as the real
  pages print a member without documentation (the service docs are not shipped). Paragraphs are wrapped, not
  justified. The CLI's own options' texts are awscli's (data/cli.json, customizations).
-->
<#function pad n><#return ""?left_pad(n)></#function>
<#macro para text indent>
<#local line = "">
<#list text?split(" ") as w>
<#if w?length == 0><#continue></#if>
<#if line?length == 0><#local line = w><#elseif indent + line?length + 1 + w?length <= 78><#local line = line + " " + w><#else>
${pad(indent)}${line}
<#local line = w>
</#if>
</#list>
<#if line?length gt 0>
${pad(indent)}${line}
</#if>
</#macro>
<#macro member m indent>
<#if m.recursive()>
${pad(indent)}( ... recursive ... )

<#else>
${pad(indent)}<#if m.name()?has_content>${m.name()} -> </#if>(${m.type()})
<#if m.members()?has_content>
<#list m.members() as c><@member c indent + 4/></#list>
<#else>

</#if>
</#if>
</#macro>
<#macro flowed names text><@para names + " " + text 7/>

</#macro>
<#assign title = page.name()?upper_case + "()">
<#assign globals = [
  ["--debug", "boolean", "Turn on debug logging.", []],
  ["--endpoint-url", "string", "Override command's default URL with the given URL.", []],
  ["--no-verify-ssl", "boolean", "By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates.", []],
  ["--no-paginate", "boolean", "Disable automatic pagination.", []],
  ["--output", "string", "The formatting style for command output.", ["json", "text", "table", "yaml", "yaml-stream"]],
  ["--query", "string", "A JMESPath query to use in filtering the response data.", []],
  ["--profile", "string", "Use a specific profile from your credential file.", []],
  ["--region", "string", "The region to use. Overrides config/env settings.", []],
  ["--version", "string", "Display the version of this tool.", []],
  ["--color", "string", "Turn on/off color output.", ["on", "off", "auto"]],
  ["--no-sign-request", "boolean", "Do not sign requests. Credentials will not be loaded if this argument is provided.", []],
  ["--ca-bundle", "string", "The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.", []],
  ["--cli-read-timeout", "int", "The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.", []],
  ["--cli-connect-timeout", "int", "The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.", []],
  ["--cli-binary-format", "string", "The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally. When providing contents from a file that map to a binary blob fileb:// will always be treated as binary and use the file contents directly regardless of the cli-binary-format setting. When using file:// the file contents will need to properly formatted for the configured cli-binary-format.", ["base64", "raw-in-base64-out"]],
  ["--no-cli-pager", "boolean", "Disable cli pager for output.", []],
  ["--cli-auto-prompt", "boolean", "Automatically prompt for CLI input parameters.", []],
  ["--no-cli-auto-prompt", "boolean", "Disable automatically prompt for CLI input parameters.", []]
]>
${title}${pad(78 - 2 * title?length)}${title}



NAME
       ${page.name()} -

DESCRIPTION
<#list page.description() as p>
<@para p 7/>

</#list>
<#if page.top()>
SYNOPSIS
          aws [options] <command> <subcommand> [parameters]

<@para "Use aws command help for information on a specific command. Use aws help topics to view a list of available help topics. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets." 7/>

</#if>
<#if page.command()>
SYNOPSIS
            ${page.name()}
<#list page.synopsis() as s>
          ${s}
</#list>
          [--cli-input-json | --cli-input-yaml]
<#if page.paginated()>
          [--starting-token <value>]
          [--page-size <value>]
          [--max-items <value>]
</#if>
          [--generate-cli-skeleton <value>]
<#list globals as g>
          [${g[0]}<#if g[1] != "boolean"> <value></#if>]
</#list>

OPTIONS
<#list page.options() as o>
       ${o.names()} (${o.type()})
<#list o.paragraphs() as p>
<@para p 10/>

</#list>
<#if o.possibleValues()?has_content>
          Possible values:

<#list o.possibleValues() as v>
          o ${v}

</#list>
</#if>
<#list o.members() as m><@member m 10/></#list>
<#if o.shorthand()?has_content>
       Shorthand Syntax:

<#list o.shorthand() as l>
          ${l}
</#list>

</#if>
<#if o.syntaxTitle()?has_content>
       ${o.syntaxTitle()}:

<#list o.syntax() as l>
<#if l?has_content>
          ${l}
<#else>

</#if>
</#list>

</#if>
<#if !(o.paragraphs()?has_content || o.possibleValues()?has_content || o.members()?has_content || o.shorthand()?has_content || o.syntaxTitle()?has_content)>

</#if>
</#list>
<@flowed "--cli-input-json | --cli-input-yaml (string)" "Reads arguments from the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, those values will override the JSON-provided values. It is not possible to pass arbitrary binary values using a JSON-provided value as the string will be taken literally. This may not be specified along with --cli-input-yaml."/>
<#if page.paginated()>
       --starting-token (string)
<@para "A token to specify where to start paginating. This is the NextToken from a previously truncated response." 10/>

<@para "For usage examples, see Pagination in the AWS Command Line Interface User Guide ." 10/>

       --page-size (integer)
<@para "The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out." 10/>

<@para "For usage examples, see Pagination in the AWS Command Line Interface User Guide ." 10/>

       --max-items (integer)
<@para "The total number of items to return in the command's output. If the total number of items available is more than the value specified, a NextToken is provided in the command's output. To resume pagination, provide the NextToken value in the starting-token argument of a subsequent command. Do not use the NextToken response element directly outside of the AWS CLI." 10/>

<@para "For usage examples, see Pagination in the AWS Command Line Interface User Guide ." 10/>

</#if>
<@flowed "--generate-cli-skeleton (string)" "Prints a JSON skeleton to standard output without sending an API request. If provided with no value or the value input, prints a sample input JSON that can be used as an argument for --cli-input-json. Similarly, if provided yaml-input it will print a sample input YAML that can be used with --cli-input-yaml. If provided with the value output, it validates the command inputs and returns a sample output JSON for that command. The generated JSON skeleton is not stable between versions of the AWS CLI and there are no backwards compatibility guarantees in the JSON skeleton generated."/>
</#if>
<#if page.command() || page.top()>
GLOBAL OPTIONS
<#list globals as g>
       ${g[0]} (${g[1]})

<@para g[2] 7/>

<#list g[3] as c>
       o ${c}

</#list>
</#list>
</#if>
<#if page.command()>
OUTPUT
<#if page.output()?has_content>
<#list page.output() as m><@member m 7/></#list>
<#else>
       None

</#if>
</#if>
<#if page.commands()?has_content>
AVAILABLE <#if page.top()>SERVICES<#else>COMMANDS</#if>
<#list page.commands() as c>
       o ${c}

</#list>
</#if>
<#if page.top()>
SEE ALSO
       o aws help topics

</#if>


${pad(78 - title?length)}${title}
