package org.ec2tutor.sdk;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.SavingsPlan;
import org.ec2tutor.cloud.billing.SavingsPlanOffering;
import org.ec2tutor.cloud.billing.SavingsPlanType;
import org.ec2tutor.cloud.ec2.Ec2Api;
import org.ec2tutor.cloud.ec2.Page;
import org.ec2tutor.cloud.ec2.SavingsPlanOperations;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.sdk.model.savingsplans.CreateSavingsPlanRequest;
import org.ec2tutor.sdk.model.savingsplans.CreateSavingsPlanResponse;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansOfferingRatesRequest;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansOfferingRatesResponse;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansOfferingsRequest;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansOfferingsResponse;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansRequest;
import org.ec2tutor.sdk.model.savingsplans.DescribeSavingsPlansResponse;
import org.ec2tutor.sdk.model.savingsplans.ParentSavingsPlanOffering;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanFilter;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingFilterElement;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingProperty;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingRate;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingRateFilterElement;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlanOfferingRateProperty;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansClient;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansException;

/**
 * A {@link SavingsPlansClient} on the simulated cloud: the EC2 offerings and their rates, buying a plan and the
 * account's plans. Every other operation answers {@code OperationNotSimulated}; errors are
 * {@link SavingsPlansException}s with the service's codes.
 */
public final class SimulatedSavingsPlansClient implements SavingsPlansClient {

    /** The API's {@code start}/{@code end} strings: ISO-8601 to the second, as AWS prints them. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_INSTANT;

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedSavingsPlansClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    /** A client whose calls are recorded as made from {@code surface}. */
    public static SavingsPlansClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                SavingsPlansClient.class,
                new SimulatedSavingsPlansClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedSavingsPlansClient[" + account.profile() + "]",
                op -> error(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    static SavingsPlansException error(AwsException e, String requestId) {
        return SavingsPlansException.of(
                e.code().code(), e.getMessage(), e.code().httpStatus(), requestId);
    }

    private <T> T call(String operation, Function<Ec2Api, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            try {
                // Savings Plans is a global service: its calls are recorded in us-east-1, as its endpoint is.
                T result = body.apply(cloud.ec2(account, Region.US_EAST_1));
                cloud.apiCalls()
                        .record(new ApiCall(
                                at, account.id(), region, "savingsplans", operation, Optional.empty(), who));
                return result;
            } catch (AwsException e) {
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "savingsplans",
                                operation,
                                Optional.of(e.code().code()),
                                who));
                throw error(e, cloud.newRequestId());
            }
        });
    }

    @Override
    public DescribeSavingsPlansOfferingsResponse describeSavingsPlansOfferings(DescribeSavingsPlansOfferingsRequest r) {
        return call("DescribeSavingsPlansOfferings", api -> {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (SavingsPlanOfferingFilterElement f : r.filters()) {
                filters.put(f.name(), f.values());
            }
            var query = new SavingsPlanOperations.OfferingQuery(
                    r.offeringIds(),
                    r.paymentOptions(),
                    Optional.ofNullable(r.productType()),
                    r.planTypes(),
                    r.durations(),
                    r.currencies(),
                    filters);
            List<org.ec2tutor.sdk.model.savingsplans.SavingsPlanOffering> out = new ArrayList<>();
            for (SavingsPlanOffering o : api.savingsPlans().offerings(query)) {
                out.add(offering(o));
            }
            return DescribeSavingsPlansOfferingsResponse.builder()
                    .searchResults(out)
                    .build();
        });
    }

    @Override
    public DescribeSavingsPlansOfferingRatesResponse describeSavingsPlansOfferingRates(
            DescribeSavingsPlansOfferingRatesRequest r) {
        return call("DescribeSavingsPlansOfferingRates", api -> {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (SavingsPlanOfferingRateFilterElement f : r.filters()) {
                filters.put(f.name(), f.values());
            }
            var query = new SavingsPlanOperations.RateQuery(
                    r.savingsPlanOfferingIds(),
                    r.savingsPlanPaymentOptions(),
                    r.savingsPlanTypes(),
                    r.products(),
                    filters);
            Page<SavingsPlanOperations.Rate> page = api.savingsPlans()
                    .rates(query, Optional.ofNullable(r.maxResults()), Optional.ofNullable(r.nextToken()));
            List<SavingsPlanOfferingRate> out = new ArrayList<>();
            for (SavingsPlanOperations.Rate rate : page.items()) {
                out.add(rate(rate));
            }
            return DescribeSavingsPlansOfferingRatesResponse.builder()
                    .searchResults(out)
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public CreateSavingsPlanResponse createSavingsPlan(CreateSavingsPlanRequest r) {
        return call("CreateSavingsPlan", api -> {
            SavingsPlan plan = api.savingsPlans()
                    .create(r.savingsPlanOfferingId(), r.commitment(), Optional.ofNullable(r.purchaseTime()));
            return CreateSavingsPlanResponse.builder().savingsPlanId(plan.id()).build();
        });
    }

    @Override
    public DescribeSavingsPlansResponse describeSavingsPlans(DescribeSavingsPlansRequest r) {
        return call("DescribeSavingsPlans", api -> {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (SavingsPlanFilter f : r.filters()) {
                filters.put(f.name(), f.values());
            }
            Instant now = cloud.now();
            List<org.ec2tutor.sdk.model.savingsplans.SavingsPlan> out = new ArrayList<>();
            for (SavingsPlan p :
                    api.savingsPlans().describe(r.savingsPlanIds(), r.savingsPlanArns(), r.states(), filters)) {
                out.add(plan(p, now));
            }
            return DescribeSavingsPlansResponse.builder().savingsPlans(out).build();
        });
    }

    private static org.ec2tutor.sdk.model.savingsplans.SavingsPlanOffering offering(SavingsPlanOffering o) {
        List<SavingsPlanOfferingProperty> properties = new ArrayList<>();
        o.region()
                .ifPresent(r -> properties.add(SavingsPlanOfferingProperty.builder()
                        .name("region")
                        .value(r.id())
                        .build()));
        o.family()
                .ifPresent(f -> properties.add(SavingsPlanOfferingProperty.builder()
                        .name("instanceFamily")
                        .value(f)
                        .build()));
        return org.ec2tutor.sdk.model.savingsplans.SavingsPlanOffering.builder()
                .offeringId(o.id())
                .productTypes(productTypes(o))
                .planType(o.planType().awsName())
                .description(o.description())
                .paymentOption(o.paymentOption().awsName())
                .durationSeconds(o.term().toSeconds())
                .currency("USD")
                .serviceCode(serviceCode(o))
                .usageType(o.usageType())
                .operation("")
                .properties(properties)
                .build();
    }

    private static SavingsPlanOfferingRate rate(SavingsPlanOperations.Rate rate) {
        SavingsPlanOffering o = rate.offering();
        String type = rate.instanceType();
        return SavingsPlanOfferingRate.builder()
                .savingsPlanOffering(ParentSavingsPlanOffering.builder()
                        .offeringId(o.id())
                        .paymentOption(o.paymentOption().awsName())
                        .planType(o.planType().awsName())
                        .durationSeconds(o.term().toSeconds())
                        .currency("USD")
                        .planDescription(o.description())
                        .build())
                .rate(rate.rate().toPlainString())
                .unit("Hrs")
                .productType("EC2")
                .serviceCode("AmazonEC2")
                .usageType(rate.usageType())
                .operation("RunInstances")
                .properties(
                        property("region", rate.region().id()),
                        property("instanceType", type),
                        property("instanceFamily", type.substring(0, type.indexOf('.'))),
                        property("productDescription", "Linux/UNIX"),
                        property("tenancy", "shared"))
                .build();
    }

    private static SavingsPlanOfferingRateProperty property(String name, String value) {
        return SavingsPlanOfferingRateProperty.builder().name(name).value(value).build();
    }

    private static org.ec2tutor.sdk.model.savingsplans.SavingsPlan plan(SavingsPlan p, Instant now) {
        SavingsPlanOffering o = p.offering();
        return org.ec2tutor.sdk.model.savingsplans.SavingsPlan.builder()
                .offeringId(o.id())
                .savingsPlanId(p.id())
                .savingsPlanArn(p.arn())
                .description(o.description())
                .start(WHEN.format(p.start().truncatedTo(ChronoUnit.SECONDS)))
                .end(WHEN.format(p.end().truncatedTo(ChronoUnit.SECONDS)))
                .state(p.state(now))
                .region(o.region().map(Region::id).orElse(null))
                .ec2InstanceFamily(o.family().orElse(null))
                .savingsPlanType(o.planType().awsName())
                .paymentOption(o.paymentOption().awsName())
                .productTypes(productTypes(o))
                .currency("USD")
                .commitment(p.commitment().toPlainString())
                .upfrontPaymentAmount(p.upfrontPayment().toPlainString())
                .recurringPaymentAmount(p.recurringHourly().stripTrailingZeros().toPlainString())
                .termDurationInSeconds(o.term().toSeconds())
                .build();
    }

    private static List<String> productTypes(SavingsPlanOffering o) {
        return o.planType() == SavingsPlanType.COMPUTE ? List.of("EC2", "Fargate", "Lambda") : List.of("EC2");
    }

    private static String serviceCode(SavingsPlanOffering o) {
        return o.planType() == SavingsPlanType.COMPUTE ? "ComputeSavingsPlans" : "EC2InstanceSavingsPlans";
    }
}
