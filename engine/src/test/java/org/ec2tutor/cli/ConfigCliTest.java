package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** AWS Config with the real CLI's command and option names ({@code aws configservice}), as a learner types them. */
class ConfigCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliFixture f;

    ConfigCliTest() throws IOException {
        f = new CliFixture(23, Files.createTempDirectory("cfg"));
    }

    private String fail(String line) {
        CliResult r = f.run(line);
        assertThat(r.succeeded()).as(line).isFalse();
        return r.stderr();
    }

    private static final String RULE = "aws configservice put-config-rule --config-rule '{\"ConfigRuleName\":"
            + "\"approved-amis\",\"Source\":{\"Owner\":\"AWS\",\"SourceIdentifier\":\"APPROVED_AMIS_BY_ID\"},"
            + "\"InputParameters\":\"{\\\"amiIds\\\":\\\"%AMI%\\\"}\",\"Scope\":{\"ComplianceResourceTypes\":"
            + "[\"AWS::EC2::Instance\"]}}'";

    @Test
    void putARuleAndReadItsVerdicts() throws IOException {
        String id = f.launch();
        String image = f.ok("aws ec2 describe-instances --instance-ids $ID --query "
                        + "'Reservations[0].Instances[0].ImageId' --output text")
                .trim();
        assertThat(f.ok(RULE.replace("%AMI%", "ami-0123456789abcdef0"))).isEmpty();

        JsonNode rules =
                JSON.readTree(f.ok("aws configservice describe-config-rules")).get("ConfigRules");
        assertThat(rules).hasSize(1);
        JsonNode r = rules.get(0);
        assertThat(r.fieldNames())
                .toIterable()
                .containsExactly(
                        "ConfigRuleName",
                        "ConfigRuleArn",
                        "ConfigRuleId",
                        "Scope",
                        "Source",
                        "InputParameters",
                        "ConfigRuleState",
                        "EvaluationModes");
        assertThat(r.get("InputParameters").asText()).isEqualTo("{\"amiIds\":\"ami-0123456789abcdef0\"}");
        assertThat(r.at("/Scope/ComplianceResourceTypes/0").asText()).isEqualTo("AWS::EC2::Instance");
        assertThat(r.at("/Source/SourceIdentifier").asText()).isEqualTo("APPROVED_AMIS_BY_ID");

        f.advance(Duration.ofMinutes(2));
        assertThat(f.ok("aws configservice get-compliance-details-by-config-rule --config-rule-name approved-amis "
                        + "--query 'EvaluationResults[].[EvaluationResultIdentifier.EvaluationResultQualifier"
                        + ".ResourceId,ComplianceType]' --output text"))
                .isEqualTo(id + "\tNON_COMPLIANT\n");
        JsonNode byResource = JSON.readTree(f.ok(
                        "aws configservice describe-compliance-by-resource " + "--resource-type AWS::EC2::Instance"))
                .get("ComplianceByResources");
        assertThat(byResource.toString())
                .isEqualTo("[{\"ResourceType\":\"AWS::EC2::Instance\",\"ResourceId\":\"" + id + "\",\"Compliance\":"
                        + "{\"ComplianceType\":\"NON_COMPLIANT\",\"ComplianceContributorCount\":{\"CappedCount\":1,"
                        + "\"CapExceeded\":false}}}]");

        // Approving the instance's AMI updates the rule, which evaluates again.
        f.ok(RULE.replace("%AMI%", image));
        f.advance(Duration.ofMinutes(2));
        assertThat(f.ok("aws configservice describe-compliance-by-config-rule --config-rule-names approved-amis "
                        + "--query 'ComplianceByConfigRules[0].Compliance.ComplianceType' --output text"))
                .isEqualTo("COMPLIANT\n");
        // An empty response prints nothing, as the CLI's JSON formatter skips {}.
        assertThat(f.ok("aws configservice start-config-rules-evaluation --config-rule-names approved-amis"))
                .isEmpty();
        f.ok("aws configservice delete-config-rule --config-rule-name approved-amis");
        assertThat(f.ok("aws configservice describe-config-rules --query 'length(ConfigRules)'"))
                .isEqualTo("0\n");
    }

    @Test
    void mistakesGetTheCliAndServiceErrors() {
        assertThat(fail("aws configservice delete-config-rule"))
                .contains("the following arguments are required: --config-rule-name");
        assertThat(fail("aws configservice describe-config-rules --config-rule-names nope"))
                .contains("An error occurred (NoSuchConfigRuleException) when calling the DescribeConfigRules"
                        + " operation: One or more ConfigRules provided in the request are invalid. Please check the"
                        + " configRule names.");
        assertThat(fail("aws configservice get-compliance-details-by-config-rule --config-rule-name nope"))
                .contains("An error occurred (NoSuchConfigRuleException) when calling the"
                        + " GetComplianceDetailsByConfigRule operation: The ConfigRule 'nope' provided in the request"
                        + " is invalid. Please check the configRule name.");
        assertThat(fail(RULE.replace("\\\"amiIds\\\":\\\"%AMI%\\\"", "")))
                .contains("An error occurred (InvalidParameterValueException) when calling the PutConfigRule"
                        + " operation: The required parameter [amiIds] is not present in the inputParameters");
    }
}
