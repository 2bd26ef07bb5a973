package org.ec2tutor.sdk;

import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import software.amazon.awssdk.core.util.VersionInfo;

/**
 * The caller the session's own surfaces record when no {@link CallerContext} scope says otherwise: the account's
 * documented access key (the session's {@code aws} lines and Java act with the profile's credentials, as the real CLI
 * and SDK would with the same shared files), loopback as the source, and the user agent the real tool sends.
 */
final class InProcessCallers {

    /** What {@code aws --version} prints in the session, as the real CLI's user agent begins. */
    static final String AWS_CLI_USER_AGENT = "aws-cli/2.27.0 Python/3.11.2 Linux ec2-tutor/simulated";

    /** The Java SDK's user agent prefix, with the version on the classpath. */
    static final String JAVA_SDK_USER_AGENT = "aws-sdk-java/" + VersionInfo.SDK_VERSION + " ec2-tutor/simulated";

    private InProcessCallers() {}

    static Caller of(Caller.Surface surface, Account account) {
        String keyId = AccessKeys.byAccountId(account.id().value())
                .map(AccessKey::accessKeyId)
                .orElse("");
        return switch (surface) {
            case AWS_LINE -> new Caller(surface, keyId, Caller.LOOPBACK, AWS_CLI_USER_AGENT);
            case JAVA -> new Caller(surface, keyId, Caller.LOOPBACK, JAVA_SDK_USER_AGENT);
            case CONSOLE -> Caller.CONSOLE;
            case HTTP -> throw new IllegalArgumentException("HTTP callers come from the request, not the session");
        };
    }
}
