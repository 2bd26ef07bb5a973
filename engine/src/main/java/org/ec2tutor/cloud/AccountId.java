package org.ec2tutor.cloud;

import java.util.regex.Pattern;

/** A 12-digit AWS account id. */
public record AccountId(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public AccountId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("an AWS account id is exactly 12 digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
