package org.ec2tutor.sdk;

/**
 * The fixed access keys of one simulated account, as a profile of the AWS CLI names them. They are documented (see
 * {@link AccessKeys}) so lessons and docs can print them; they guard nothing but the choice of account.
 */
public record AccessKey(String profile, String accountId, String accessKeyId, String secretAccessKey) {}
