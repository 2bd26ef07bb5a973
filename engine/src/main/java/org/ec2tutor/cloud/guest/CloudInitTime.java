package org.ec2tutor.cloud.guest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** cloud-init's timestamp form: {@code Thu, 01 Jan 2026 00:01:20 +0000}. */
final class CloudInitTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss xx", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CloudInitTime() {}

    static String format(Instant t) {
        return FORMAT.format(t);
    }
}
