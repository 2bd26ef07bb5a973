package org.ec2tutor.cloud.ec2;

import java.util.Optional;
import org.ec2tutor.cloud.AccountId;

/** An Elastic IP address: allocated to an account until released, associated with at most one instance. */
public final class ElasticIp {

    /** Where the address points: an association id and the instance's primary interface. */
    public record Association(String id, String instanceId, String networkInterfaceId, String privateIp) {}

    private final String allocationId;
    private final String publicIp;
    private final AccountId owner;
    private final Tags tags = new Tags();
    private Optional<Association> association = Optional.empty();

    ElasticIp(String allocationId, String publicIp, AccountId owner) {
        this.allocationId = allocationId;
        this.publicIp = publicIp;
        this.owner = owner;
    }

    public String allocationId() {
        return allocationId;
    }

    public String publicIp() {
        return publicIp;
    }

    public AccountId owner() {
        return owner;
    }

    public Tags tags() {
        return tags;
    }

    public Optional<Association> association() {
        return association;
    }

    void setAssociation(Optional<Association> association) {
        this.association = association;
    }
}
