package org.ec2tutor.cloud.ec2;

import java.time.Instant;

/** An EC2 key pair as far as launching needs it: a name an instance can be launched with. */
public record KeyPair(String id, String name, String fingerprint, String keyType, Instant createTime) {}
