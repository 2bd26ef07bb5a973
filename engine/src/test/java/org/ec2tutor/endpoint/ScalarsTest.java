package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps on the wire: the fast writer gives EC2's text, the formatter's, for every kind of instant. */
class ScalarsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-12-01T23:05:09Z",
                "2024-02-29T00:00:00.001Z",
                "2025-10-31T12:34:56.789Z",
                "1970-01-01T00:00:00.999999999Z",
                "9999-12-31T23:59:59.5Z",
                "0999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z"
            })
    void aTimestampIsWrittenAsIso8601WithMilliseconds(String instant) {
        Instant t = Instant.parse(instant);
        assertThat(Scalars.isoMillis(t)).isEqualTo(Scalars.ISO_MILLIS.format(t));
    }
}
