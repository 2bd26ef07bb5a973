package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** AMI dates as DescribeImages writes them: ISO-8601 with milliseconds, e.g. 2026-03-05T14:09:12.000Z. */
public final class ImageTimes {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ImageTimes() {}

    public static String iso(Instant t) {
        return ISO_MILLIS.format(t);
    }
}
