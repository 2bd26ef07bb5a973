package org.ec2tutor.cloud.ec2;

import java.util.regex.Pattern;

/** The syntax of EC2 resource ids: a prefix and 8 (legacy) or 17 lowercase hex digits. */
public final class ResourceIds {

    private ResourceIds() {}

    private static final Pattern INSTANCE = Pattern.compile("i-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern IMAGE = Pattern.compile("ami-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern VOLUME = Pattern.compile("vol-([0-9a-f]{8}|[0-9a-f]{17})");
    private static final Pattern SNAPSHOT = Pattern.compile("snap-([0-9a-f]{8}|[0-9a-f]{17})");

    public static boolean isInstanceId(String id) {
        return id != null && INSTANCE.matcher(id).matches();
    }

    public static boolean isImageId(String id) {
        return id != null && IMAGE.matcher(id).matches();
    }

    public static boolean isVolumeId(String id) {
        return id != null && VOLUME.matcher(id).matches();
    }

    public static boolean isSnapshotId(String id) {
        return id != null && SNAPSHOT.matcher(id).matches();
    }
}
