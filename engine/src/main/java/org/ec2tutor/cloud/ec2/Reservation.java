package org.ec2tutor.cloud.ec2;

import java.util.List;
import org.ec2tutor.cloud.AccountId;

/** The instances one RunInstances call launched. */
public record Reservation(String id, AccountId owner, List<Instance> instances) {

    public Reservation {
        instances = List.copyOf(instances);
    }
}
