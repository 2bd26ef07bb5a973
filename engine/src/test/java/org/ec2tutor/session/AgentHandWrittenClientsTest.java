package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.jshell.AgentLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code config}, {@code savingsPlans} and {@code costExplorer} in an agent JVM: the tutor's own interfaces (their SDK
 * modules are not available here) answered by the agent's JSON-protocol client over the session's endpoint. Requests
 * with nested structures, lists and maps reach the simulated account whole, responses come back whole, and AWS's
 * errors are the service's SDK exception with AWS's code, message and status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentHandWrittenClientsTest {

    private Session session;

    @BeforeAll
    void start() {
        session = Session.start(SessionOptions.scripted(5).withJavaOnDemand());
        session.isolateJava(AgentLaunch.interactive());
        session.prepareJava();
    }

    @AfterAll
    void stop() {
        session.close();
    }

    private String ok(String cell) {
        CellResult r = session.execute(cell);
        assertThat(r.succeeded()).as(cell + "\n" + r.asText()).isTrue();
        return r.asText();
    }

    @Test
    void aConfigRulePutFromTheAgentIsTheAccountsAndDescribedBackEqual() {
        ok("import org.ec2tutor.sdk.model.config.*;");
        ok("""
                var rule = ConfigRule.builder().configRuleName("approved-amis").description("only our AMIs")
                        .source(s -> s.owner("AWS").sourceIdentifier("APPROVED_AMIS_BY_ID"))
                        .inputParameters("{\\"amiIds\\":\\"ami-0fa3fe0fa7920f68e,ami-0abcdef1234567890\\"}")
                        .scope(sc -> sc.complianceResourceTypes("AWS::EC2::Instance"))
                        .build();
                """);
        ok(
                "config.putConfigRule(b -> b.configRule(rule).tags(org.ec2tutor.sdk.model.config.Tag.builder().key(\"team\").value(\"blue\").build()));");
        assertThat(ok("aws configservice describe-config-rules --config-rule-names approved-amis --query "
                        + "'ConfigRules[0].[Description,Source.Owner,Source.SourceIdentifier,InputParameters,"
                        + "Scope.ComplianceResourceTypes[0]]' --output text"))
                .isEqualTo("only our AMIs\tAWS\tAPPROVED_AMIS_BY_ID\t"
                        + "{\"amiIds\":\"ami-0fa3fe0fa7920f68e,ami-0abcdef1234567890\"}\tAWS::EC2::Instance\n");
        ok("var back = config.describeConfigRules(b -> b.configRuleNames(\"approved-amis\")).configRules().get(0);");
        assertThat(ok("List.of(back.configRuleName().equals(rule.configRuleName()), back.description().equals("
                        + "rule.description()), back.source().equals(rule.source()), back.scope().equals(rule.scope()),"
                        + " back.inputParameters().equals(rule.inputParameters()))"))
                .isEqualTo("[true, true, true, true, true]\n");
        assertThat(ok("back.configRuleArn()"))
                .isEqualTo("\""
                        + ok("aws configservice describe-config-rules --query 'ConfigRules[0].ConfigRuleArn' "
                                        + "--output text")
                                .strip()
                        + "\"\n");
    }

    @Test
    void anUnknownConfigRuleIsTheConfigExceptionWithAwssCodeAndMessage() {
        ok("import org.ec2tutor.sdk.model.config.*;");
        ok("""
                String configFailure(Runnable call) {
                    try {
                        call.run();
                        return "no error";
                    } catch (ConfigException e) {
                        return e.awsErrorDetails().errorCode() + "|" + e.awsErrorDetails().errorMessage() + "|"
                                + e.statusCode() + "|" + e.getMessage();
                    }
                }
                """);
        assertThat(ok("configFailure(() -> config.describeConfigRules(b -> b.configRuleNames(\"no-such-rule\")))"))
                .startsWith("\"NoSuchConfigRuleException|One or more ConfigRules provided in the request are"
                        + " invalid. Please check the configRule names.|400|One or more ConfigRules provided in the"
                        + " request are invalid. Please check the configRule names. (Service: Config, Status Code:"
                        + " 400, Request ID: ");
        assertThat(ok("configFailure(() -> config.deleteConfigRule(b -> b.configRuleName(\"gone\")))"))
                .startsWith("\"NoSuchConfigRuleException|The ConfigRule 'gone' provided in the request is invalid."
                        + " Please check the configRule name.|400|");
    }

    @Test
    void aSavingsPlanBoughtFromTheAgentIsTheAccounts() {
        ok("import org.ec2tutor.sdk.model.savingsplans.*;");
        ok("""
                var offering = savingsPlans.describeSavingsPlansOfferings(b -> b.planTypes("EC2Instance")
                        .paymentOptions("No Upfront").durations(31536000L)
                        .filters(SavingsPlanOfferingFilterElement.builder().name("instanceFamily").values("m5").build(),
                                SavingsPlanOfferingFilterElement.builder().name("region").values("us-east-1").build()))
                        .searchResults().get(0);
                """);
        assertThat(
                        ok(
                                "offering.description() + \"|\" + offering.properties().size() + \"|\" + offering.productTypes()"))
                .isEqualTo("\"1 year No Upfront EC2 Instance Savings Plan for m5 in us-east-1|2|[EC2]\"\n");
        ok("""
                var id = savingsPlans.createSavingsPlan(b -> b.savingsPlanOfferingId(offering.offeringId())
                        .commitment("0.1")).savingsPlanId();
                """);
        ok("PLAN_ID=$(aws savingsplans describe-savings-plans --query 'savingsPlans[0].savingsPlanId' --output text)");
        assertThat(ok("id.equals(vars.get(\"PLAN_ID\"))")).isEqualTo("true\n");
        assertThat(ok("aws savingsplans describe-savings-plans --query "
                        + "'savingsPlans[0].[savingsPlanType,ec2InstanceFamily,region,commitment]' --output text"))
                .isEqualTo("EC2Instance\tm5\tus-east-1\t0.1\n");
        assertThat(ok("""
                        var p = savingsPlans.describeSavingsPlans(b -> b.savingsPlanIds(id)).savingsPlans().get(0);
                        p.savingsPlanType() + "|" + p.ec2InstanceFamily() + "|" + p.commitment() + "|"
                                + p.offeringId().equals(offering.offeringId())
                        """)).endsWith("\"EC2Instance|m5|0.1|true\"\n");
        ok("""
                String planFailure(Runnable call) {
                    try {
                        call.run();
                        return "no error";
                    } catch (SavingsPlansException e) {
                        return e.awsErrorDetails().errorCode() + "|" + e.statusCode();
                    }
                }
                """);
        assertThat(ok("planFailure(() -> savingsPlans.createSavingsPlan(b -> b.savingsPlanOfferingId("
                        + "\"00000000-0000-0000-0000-000000000000\").commitment(\"1\")))"))
                .isEqualTo("\"ResourceNotFoundException|404\"\n");
    }

    @Test
    void costAndUsageWithANestedFilterAndGroupsIsTheCliAnswer() {
        ok("import org.ec2tutor.sdk.model.costexplorer.*;");
        ok("aws ec2 run-instances --image-id ami-0fa3fe0fa7920f68e --instance-type t3.micro");
        ok("tutor.advance(\"50h\")");
        String filter = "{\"And\":[{\"Dimensions\":{\"Key\":\"REGION\",\"Values\":[\"us-east-1\"]}},"
                + "{\"Not\":{\"Dimensions\":{\"Key\":\"SERVICE\",\"Values\":[\"Tax\"]}}}]}";
        String cli = ok("aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-03 --granularity DAILY"
                + " --metrics UnblendedCost UsageQuantity --group-by Type=DIMENSION,Key=SERVICE --filter '" + filter
                + "' --query 'ResultsByTime[].Groups[].[Keys[0],Metrics.UnblendedCost.Amount,"
                + "Metrics.UsageQuantity.Unit]' --output text");
        assertThat(cli).contains("Amazon Elastic Compute Cloud - Compute");
        ok("""
                var r = costExplorer.getCostAndUsage(b -> b.timePeriod(t -> t.start("2026-01-01").end("2026-01-03"))
                        .granularity("DAILY").metrics("UnblendedCost", "UsageQuantity")
                        .groupBy(GroupDefinition.builder().type("DIMENSION").key("SERVICE").build())
                        .filter(f -> f.and(
                                Expression.builder().dimensions(d -> d.key("REGION").values("us-east-1")).build(),
                                Expression.builder().not(n -> n.dimensions(d -> d.key("SERVICE").values("Tax")))
                                        .build())));
                """);
        String java = ok("""
                System.out.print(r.resultsByTime().stream().flatMap(t -> t.groups().stream())
                        .map(g -> g.keys().get(0) + "\\t" + g.metrics().get("UnblendedCost").amount() + "\\t"
                                + g.metrics().get("UsageQuantity").unit() + "\\n")
                        .collect(java.util.stream.Collectors.joining()));
                """);
        assertThat(java).isEqualTo(cli);
        ok("""
                String costFailure(Runnable call) {
                    try {
                        call.run();
                        return "no error";
                    } catch (CostExplorerException e) {
                        return e.awsErrorDetails().errorCode() + "|" + e.awsErrorDetails().errorMessage();
                    }
                }
                """);
        assertThat(ok("costFailure(() -> costExplorer.getCostAndUsage(b -> b.timePeriod(t -> t.start(\"2026-01-02\")"
                        + ".end(\"2026-01-01\")).granularity(\"DAILY\").metrics(\"UnblendedCost\")))"))
                .isEqualTo("\"ValidationException|Start date (and hour) should be before end date (and hour)\"\n");
    }

    @Test
    void anOptInRegionEnabledFromTheAgentIsTheAccountsAndADefaultRegionIsRefused() {
        ok("import org.ec2tutor.sdk.model.account.*;");
        assertThat(ok("account.getRegionOptStatus(b -> b.regionName(\"af-south-1\")).regionOptStatus()"))
                .isEqualTo("\"DISABLED\"\n");
        ok("account.enableRegion(b -> b.regionName(\"af-south-1\"));");
        String java = ok("account.getRegionOptStatus(b -> b.regionName(\"af-south-1\")).regionOptStatus()");
        assertThat(java).isIn("\"ENABLING\"\n", "\"ENABLED\"\n");
        assertThat(
                        ok(
                                "aws account get-region-opt-status --region-name af-south-1 --query RegionOptStatus --output text"))
                .isEqualTo(java.replace("\"", ""));
        ok("""
                String accountFailure(Runnable call) {
                    try {
                        call.run();
                        return "no error";
                    } catch (AccountException e) {
                        return e.awsErrorDetails().errorCode() + "|" + e.statusCode();
                    }
                }
                """);
        assertThat(ok("accountFailure(() -> account.enableRegion(b -> b.regionName(\"us-east-1\")))"))
                .isEqualTo("\"ValidationException|400\"\n");
    }
}
