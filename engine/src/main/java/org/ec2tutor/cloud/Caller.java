package org.ec2tutor.cloud;

/**
 * Who made an API call, as CloudTrail shows it (CloudTrail's {@code userIdentity.accessKeyId}, source IP address and
 * {@code userAgent}), and through which of the tutor's surfaces it arrived. Immutable.
 *
 * @param accessKeyId the key the call was signed with; empty for the console, which signs with temporary session
 *     credentials the tutor does not model
 * @param sourceIpAddress where the call came from: the tutor runs on the learner's machine, so {@code 127.0.0.1}
 * @param userAgent the caller's {@code User-Agent}, as the client sent it over HTTP or as the real CLI or SDK would
 *     send it for the session's own surfaces
 */
public record Caller(Surface surface, String accessKeyId, String sourceIpAddress, String userAgent) {

    /** The surface a call came through. */
    public enum Surface {
        /** An {@code aws} line in the session (the tutor's CLI emulation). */
        AWS_LINE("aws"),
        /** Java in the session, or an embedding program's {@code SimulatedAws} client. */
        JAVA("java"),
        /** A request to the local endpoint: the real AWS CLI, boto3, an SDK over HTTP. */
        HTTP("http"),
        /** The session's own commands that stand for the AWS console (e.g. reading the bill). */
        CONSOLE("console");

        private final String label;

        Surface(String label) {
            this.label = label;
        }

        /** {@code aws}, {@code java}, {@code http} or {@code console}: what lesson checks compare with. */
        public String label() {
            return label;
        }
    }

    /** The loopback address every local caller has. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The console's calls: no access key of the account's, CloudTrail's user agent for them. */
    public static final Caller CONSOLE = new Caller(Surface.CONSOLE, "", LOOPBACK, "AWS Internal");
}
