package org.ec2tutor.endpoint;

import org.ec2tutor.sdk.AccessKey;

/**
 * STS's one simulated answer. The build carries no STS SDK module, so there is no SdkPojo to write generically:
 * {@code GetCallerIdentity} answers the account's root identity (the documented keys are root keys).
 */
final class StsResponses {

    private StsResponses() {}

    static String callerIdentity(AccessKey key, String requestId) {
        return "<GetCallerIdentityResponse xmlns=\"" + WireProtocol.STS_QUERY.xmlNamespace() + "\">\n"
                + "  <GetCallerIdentityResult>\n"
                + "    <Arn>arn:aws:iam::" + key.accountId() + ":root</Arn>\n"
                + "    <UserId>" + key.accountId() + "</UserId>\n"
                + "    <Account>" + key.accountId() + "</Account>\n"
                + "  </GetCallerIdentityResult>\n"
                + "  <ResponseMetadata>\n    <RequestId>" + requestId + "</RequestId>\n  </ResponseMetadata>\n"
                + "</GetCallerIdentityResponse>\n";
    }
}
