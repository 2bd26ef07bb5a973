package org.ec2tutor.cloud;

/**
 * Where every identifier, address and request id of the simulated cloud comes from. Implementations must be
 * deterministic for a given construction (see {@link SeededIdSource}), so the same seed and the same operations
 * give byte-identical output.
 */
public interface IdSource {

    /** A resource id: {@code prefix} + "-" + 17 lowercase hex digits, e.g. {@code i-0a1b2c3d4e5f67890}. */
    String resourceId(String prefix);

    /** A request id in UUID form, as every AWS response carries one. */
    String requestId();

    /** A number in {@code [0, bound)}, for addresses and other choices the cloud makes. */
    int nextInt(int bound);
}
