package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Region;

/** Who is calling and where: every EC2 operation runs as one account in one Region. */
record Ec2Context(Ec2World world, Account caller, Region region) {

    RegionalResources resources() {
        return world.region(region);
    }

    Instant now() {
        return world.now();
    }

    boolean owns(String ownerId) {
        return caller.id().value().equals(ownerId);
    }
}
