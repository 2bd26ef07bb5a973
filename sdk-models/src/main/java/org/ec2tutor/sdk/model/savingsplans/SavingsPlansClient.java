package org.ec2tutor.sdk.model.savingsplans;

import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsClient;

/**
 * The AWS Savings Plans client, as the SDK generates service clients: one default method per operation that throws
 * {@code UnsupportedOperationException} until an implementation overrides it, and a {@code Consumer} overload of
 * each. Only the operations the tutor simulates are here (the SDK module is not available to this build).
 */
public interface SavingsPlansClient extends AwsClient {

    String SERVICE_NAME = "savingsplans";

    String SERVICE_METADATA_ID = "savingsplans";

    default CreateSavingsPlanResponse createSavingsPlan(CreateSavingsPlanRequest request) {
        throw new UnsupportedOperationException();
    }

    default CreateSavingsPlanResponse createSavingsPlan(Consumer<CreateSavingsPlanRequest.Builder> request) {
        return createSavingsPlan(
                CreateSavingsPlanRequest.builder().applyMutation(request).build());
    }

    default DescribeSavingsPlansResponse describeSavingsPlans(DescribeSavingsPlansRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeSavingsPlansResponse describeSavingsPlans(Consumer<DescribeSavingsPlansRequest.Builder> request) {
        return describeSavingsPlans(
                DescribeSavingsPlansRequest.builder().applyMutation(request).build());
    }

    default DescribeSavingsPlansOfferingRatesResponse describeSavingsPlansOfferingRates(
            DescribeSavingsPlansOfferingRatesRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeSavingsPlansOfferingRatesResponse describeSavingsPlansOfferingRates(
            Consumer<DescribeSavingsPlansOfferingRatesRequest.Builder> request) {
        return describeSavingsPlansOfferingRates(DescribeSavingsPlansOfferingRatesRequest.builder()
                .applyMutation(request)
                .build());
    }

    default DescribeSavingsPlansOfferingsResponse describeSavingsPlansOfferings(
            DescribeSavingsPlansOfferingsRequest request) {
        throw new UnsupportedOperationException();
    }

    default DescribeSavingsPlansOfferingsResponse describeSavingsPlansOfferings(
            Consumer<DescribeSavingsPlansOfferingsRequest.Builder> request) {
        return describeSavingsPlansOfferings(DescribeSavingsPlansOfferingsRequest.builder()
                .applyMutation(request)
                .build());
    }
}
