package org.ec2tutor.cloud.ec2;

import java.time.Instant;

/**
 * An EC2 key pair: AWS keeps only the public half. {@code keyType} is {@code rsa} or {@code ed25519};
 * {@code publicKey} is the OpenSSH line DescribeKeyPairs shows with {@code IncludePublicKey}.
 */
public record KeyPair(
        String id, String name, String fingerprint, String keyType, Instant createTime, String publicKey, Tags tags) {}
