package org.ec2tutor.cloud.ec2;

/**
 * The families of the EC2 instance type page, by what a workload needs: the first letters of a type's family say
 * which (t burstable, m general purpose, c compute, r/x/z memory, i/d/h storage, g/p/inf/trn/dl accelerated).
 */
public enum InstanceCategory {
    BURSTABLE("burstable"),
    GENERAL_PURPOSE("general purpose"),
    COMPUTE_OPTIMIZED("compute optimized"),
    MEMORY_OPTIMIZED("memory optimized"),
    STORAGE_OPTIMIZED("storage optimized"),
    ACCELERATED("accelerated"),
    MAC("mac");

    private final String label;

    InstanceCategory(String label) {
        this.label = label;
    }

    /** The lower-case words lessons use, e.g. {@code memory optimized}. */
    public String label() {
        return label;
    }

    static InstanceCategory ofFamily(String family) {
        if (family.startsWith("mac")) {
            return MAC;
        }
        if (family.startsWith("inf") || family.startsWith("trn") || family.startsWith("dl")) {
            return ACCELERATED;
        }
        return switch (family.charAt(0)) {
            case 't' -> BURSTABLE;
            case 'm', 'a' -> GENERAL_PURPOSE;
            case 'c' -> COMPUTE_OPTIMIZED;
            case 'r', 'x', 'z', 'u' -> MEMORY_OPTIMIZED;
            case 'i', 'd', 'h' -> STORAGE_OPTIMIZED;
            case 'g', 'p', 'f', 'v' -> ACCELERATED;
            default -> GENERAL_PURPOSE;
        };
    }
}
