package org.ec2tutor.sdk;

import org.ec2tutor.cloud.billing.CapacityReservation;
import org.ec2tutor.cloud.ec2.CapacityReservationOperations.Described;

/** Capacity Reservations as Create/DescribeCapacityReservations report them. */
final class CapacityReservationResponses {

    private CapacityReservationResponses() {}

    static software.amazon.awssdk.services.ec2.model.CapacityReservation of(Described d) {
        CapacityReservation cr = d.reservation();
        return software.amazon.awssdk.services.ec2.model.CapacityReservation.builder()
                .capacityReservationId(cr.id())
                .ownerId(cr.account().value())
                .capacityReservationArn("arn:aws:ec2:" + cr.region().id() + ":"
                        + cr.account().value() + ":capacity-reservation/" + cr.id())
                .availabilityZoneId(cr.region().zoneId(cr.zone()))
                .availabilityZone(cr.zone())
                .instanceType(cr.instanceType())
                .instancePlatform("Linux/UNIX")
                .tenancy("default")
                .totalInstanceCount(cr.count())
                .availableInstanceCount(d.available())
                .ebsOptimized(false)
                .ephemeralStorage(false)
                .state(d.state())
                .startDate(cr.start())
                .createDate(cr.start())
                .endDate(cr.endsAt().orElse(null))
                .endDateType(cr.endDate().isPresent() ? "limited" : "unlimited")
                .instanceMatchCriteria("open")
                .reservationType("default")
                .deliveryPreference("fixed")
                .build();
    }
}
