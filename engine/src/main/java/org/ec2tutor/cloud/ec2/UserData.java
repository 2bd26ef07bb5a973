package org.ec2tutor.cloud.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ec2tutor.cloud.error.Ec2Errors;

/** User data as RunInstances and ModifyInstanceAttribute accept it: base64, at most 16 KB decoded. */
final class UserData {

    private static final int MAX_BYTES = 16 * 1024;

    private UserData() {}

    /** The text the guest sees at {@code /latest/user-data} (IMDS answers it raw, not base64). */
    static String decode(String base64) {
        return new String(
                Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8);
    }

    static void check(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw Ec2Errors.userDataNotBase64();
        }
        if (raw.length > MAX_BYTES) {
            throw Ec2Errors.userDataTooLarge();
        }
    }
}
