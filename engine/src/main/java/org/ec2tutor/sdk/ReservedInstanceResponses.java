package org.ec2tutor.sdk;

import java.time.Instant;
import org.ec2tutor.cloud.billing.ReservedInstance;
import org.ec2tutor.cloud.billing.ReservedInstanceOffering;
import software.amazon.awssdk.services.ec2.model.RecurringCharge;
import software.amazon.awssdk.services.ec2.model.ReservedInstances;
import software.amazon.awssdk.services.ec2.model.ReservedInstancesOffering;

/** Reserved Instance offerings and purchases as DescribeReservedInstances(Offerings) report them. */
final class ReservedInstanceResponses {

    private ReservedInstanceResponses() {}

    static ReservedInstancesOffering offering(ReservedInstanceOffering o) {
        return ReservedInstancesOffering.builder()
                .reservedInstancesOfferingId(o.id())
                .instanceType(o.instanceType())
                .duration(o.term().toSeconds())
                .fixedPrice(o.fixedPrice().floatValue())
                .usagePrice(0.0f)
                .currencyCode("USD")
                .productDescription("Linux/UNIX")
                .instanceTenancy("default")
                .marketplace(false)
                .offeringClass(o.offeringClass().awsName())
                .offeringType(o.paymentOption().awsName())
                .scope("Region")
                .recurringCharges(RecurringCharge.builder()
                        .frequency("Hourly")
                        .amount(o.hourlyRecurring().doubleValue())
                        .build())
                .build();
    }

    static ReservedInstances purchase(ReservedInstance r, Instant now) {
        ReservedInstanceOffering o = r.offering();
        return ReservedInstances.builder()
                .reservedInstancesId(r.id())
                .instanceType(o.instanceType())
                .instanceCount(r.count())
                .start(r.start())
                .end(r.end())
                .duration(o.term().toSeconds())
                .state(r.state(now))
                .fixedPrice(o.fixedPrice().floatValue())
                .usagePrice(0.0f)
                .currencyCode("USD")
                .productDescription("Linux/UNIX")
                .instanceTenancy("default")
                .offeringClass(o.offeringClass().awsName())
                .offeringType(o.paymentOption().awsName())
                .scope("Region")
                .recurringCharges(RecurringCharge.builder()
                        .frequency("Hourly")
                        .amount(o.hourlyRecurring().doubleValue())
                        .build())
                .build();
    }
}
