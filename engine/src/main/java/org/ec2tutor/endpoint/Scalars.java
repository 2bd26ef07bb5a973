package org.ec2tutor.endpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * The scalar types of the SDK model in their Query/XML text form: numbers and booleans as Java prints them,
 * timestamps in ISO 8601 with milliseconds (as EC2 writes them), blobs in base64. One entry per
 * {@link MarshallingType}; structures, lists and maps are not scalars.
 */
final class Scalars {

    private record Scalar(Function<String, Object> parse, Function<Object, String> format) {}

    static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final IdentityHashMap<MarshallingType<?>, Scalar> TABLE = new IdentityHashMap<>();

    static {
        TABLE.put(MarshallingType.STRING, new Scalar(s -> s, String::valueOf));
        TABLE.put(MarshallingType.INTEGER, new Scalar(Integer::valueOf, String::valueOf));
        TABLE.put(MarshallingType.LONG, new Scalar(Long::valueOf, String::valueOf));
        TABLE.put(MarshallingType.SHORT, new Scalar(Short::valueOf, String::valueOf));
        TABLE.put(MarshallingType.BYTE, new Scalar(Byte::valueOf, String::valueOf));
        TABLE.put(MarshallingType.FLOAT, new Scalar(Float::valueOf, String::valueOf));
        TABLE.put(MarshallingType.DOUBLE, new Scalar(Double::valueOf, String::valueOf));
        TABLE.put(MarshallingType.BIG_DECIMAL, new Scalar(BigDecimal::new, v -> ((BigDecimal) v).toPlainString()));
        TABLE.put(MarshallingType.BOOLEAN, new Scalar(Scalars::bool, String::valueOf));
        TABLE.put(MarshallingType.INSTANT, new Scalar(Scalars::instant, v -> isoMillis((Instant) v)));
        TABLE.put(
                MarshallingType.SDK_BYTES,
                new Scalar(
                        s -> SdkBytes.fromByteArray(Base64.getDecoder().decode(s)),
                        v -> Base64.getEncoder().encodeToString(((SdkBytes) v).asByteArray())));
    }

    private Scalars() {}

    static boolean isScalar(MarshallingType<?> type) {
        return TABLE.containsKey(type);
    }

    /**
     * The value of {@code text} as {@code type}, or empty when it is not one (the caller answers
     * InvalidParameterValue).
     */
    static Optional<Object> parse(MarshallingType<?> type, String text) {
        Scalar s = TABLE.get(type);
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.parse().apply(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String format(MarshallingType<?> type, Object value) {
        Scalar s = TABLE.get(type);
        return s == null ? String.valueOf(value) : s.format().apply(value);
    }

    /**
     * {@link #ISO_MILLIS}'s text, written field by field: a describe answer holds several timestamps per instance,
     * and the formatter's general machinery was the largest part of writing one.
     */
    static String isoMillis(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        int year = d.getYear();
        if (year < 1000 || year > 9999) {
            return ISO_MILLIS.format(t);
        }
        StringBuilder out = new StringBuilder(24);
        out.append(year).append('-');
        two(d.getMonthValue(), out);
        out.append('-');
        two(d.getDayOfMonth(), out);
        out.append('T');
        two(d.getHour(), out);
        out.append(':');
        two(d.getMinute(), out);
        out.append(':');
        two(d.getSecond(), out);
        int millis = d.getNano() / 1_000_000;
        out.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10));
        return out.append((char) ('0' + millis % 10)).append('Z').toString();
    }

    private static void two(int v, StringBuilder out) {
        out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static Object bool(String s) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s);
        }
        throw new IllegalArgumentException(s);
    }

    private static Object instant(String s) {
        try {
            return Instant.parse(s);
        } catch (RuntimeException e) {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        }
    }
}
