package org.ec2tutor.cloud.ec2;

import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Region;

/**
 * EC2 as one account sees it in one Region: the entry to every domain operation. Obtained from the {@code Cloud},
 * which serialises calls; an instance is cheap and holds no state of its own.
 */
public final class Ec2Api {

    private final Ec2Context ctx;

    public Ec2Api(Ec2World world, Account caller, Region region) {
        this.ctx = new Ec2Context(world, caller, region);
    }

    public Account caller() {
        return ctx.caller();
    }

    public Region region() {
        return ctx.region();
    }

    public InstanceOperations instances() {
        return new InstanceOperations(ctx);
    }

    public ImageOperations images() {
        return new ImageOperations(ctx);
    }

    public StorageOperations storage() {
        return new StorageOperations(ctx);
    }

    public TagOperations tags() {
        return new TagOperations(ctx);
    }

    public KeyPairOperations keyPairs() {
        return new KeyPairOperations(ctx);
    }

    public CapacityReservationOperations capacityReservations() {
        return new CapacityReservationOperations(ctx);
    }

    public ReservedInstanceOperations reservedInstances() {
        return new ReservedInstanceOperations(ctx);
    }

    public RunCommandOperations runCommand() {
        return new RunCommandOperations(ctx);
    }

    public InstanceTypeQueries instanceTypes() {
        return new InstanceTypeQueries(ctx);
    }
}
