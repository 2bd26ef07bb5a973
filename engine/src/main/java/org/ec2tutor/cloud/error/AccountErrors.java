package org.ec2tutor.cloud.error;

import java.util.Arrays;
import org.ec2tutor.cloud.ec2.RegionOptStatus;

/**
 * The Account Management API's refusals of Region opt-in requests. The codes and HTTP statuses are the service
 * model's; which texts AWS prints and which are the simulator's wording is listed in docs/ec2-behaviour.md, section
 * 16 ([O] observed, [I] the simulator's).
 */
public final class AccountErrors {

    private AccountErrors() {}

    /** [V] code and reason ({@code invalidRegionOptTarget}); [I] wording. */
    public static AwsException enabledByDefault(String region) {
        return new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "The Region " + region + " is enabled by default and cannot be enabled or disabled.");
    }

    /** [I] wording: a name that is no Region of the partition. */
    public static AwsException unknownRegion(String region) {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "Invalid Region name: " + region + ".");
    }

    /** [V] code (the model: enabling a Region in DISABLING is a conflict); [I] wording. */
    public static AwsException changeUnderWay(String region) {
        return new AwsException(
                AwsErrorCode.CONFLICT_EXCEPTION,
                "The Region " + region + " is being enabled or disabled. Wait until it has finished, then try again.");
    }

    /** [O] wording, the quota of 6 concurrent region-opt requests per account [V]. */
    public static AwsException tooManyConcurrentChanges() {
        return new AwsException(
                AwsErrorCode.TOO_MANY_REQUESTS_EXCEPTION,
                "This request has exceeded the quota for 'Number of concurrent region-opt requests for an account'."
                        + " Consider retrying the operation later once some requests have been completed.");
    }

    /** A {@code RegionOptStatusContains} value; [I] wording in the service framework's usual validation form. */
    public static RegionOptStatus optStatus(String value) {
        for (RegionOptStatus s : RegionOptStatus.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "1 validation error detected: Value '" + value + "' at 'regionOptStatusContains' failed to satisfy"
                        + " constraint: Member must satisfy enum value set: "
                        + Arrays.toString(RegionOptStatus.values()));
    }

    /** {@code MaxResults} outside the model's 1 to 50; [I] wording. */
    public static void checkMaxResults(int maxResults) {
        if (maxResults < 1 || maxResults > 50) {
            throw new AwsException(
                    AwsErrorCode.VALIDATION_EXCEPTION,
                    "1 validation error detected: Value '" + maxResults + "' at 'maxResults' failed to satisfy"
                            + " constraint: Member must have value between 1 and 50");
        }
    }

    /** [I] wording. */
    public static AwsException invalidNextToken() {
        return new AwsException(AwsErrorCode.VALIDATION_EXCEPTION, "The NextToken is invalid.");
    }

    /**
     * [I] wording: an {@code AccountId} names another account, which only an organization's management or delegated
     * administrator account may do; the simulated accounts call for themselves.
     */
    public static AwsException otherAccount(String accountId) {
        return new AwsException(
                AwsErrorCode.ACCESS_DENIED_EXCEPTION,
                "The caller is not authorized to manage the Regions of account " + accountId + ".");
    }

    /** [V] the model's pattern for {@code AccountId}; [I] wording. */
    public static AwsException malformedAccountId(String accountId) {
        return new AwsException(
                AwsErrorCode.VALIDATION_EXCEPTION,
                "1 validation error detected: Value '" + accountId + "' at 'accountId' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: \\d{12}");
    }
}
