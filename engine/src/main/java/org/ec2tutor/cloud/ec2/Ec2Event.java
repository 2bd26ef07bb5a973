package org.ec2tutor.cloud.ec2;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;

/**
 * Something EC2 tells EventBridge about on its own (not an API call): an instance changed state, an AMI changed state,
 * a Spot Instance is about to be interrupted. The fields are the event's envelope members besides its id, and
 * {@code detail} is the detail object in AWS's shape (keys in AWS's order).
 *
 * @param detailType e.g. {@code EC2 Instance State-change Notification}
 * @param resources the ARNs the event names
 */
public record Ec2Event(
        Instant at,
        AccountId account,
        Region region,
        String detailType,
        List<String> resources,
        Map<String, Object> detail) {

    public static final String INSTANCE_STATE_CHANGE = "EC2 Instance State-change Notification";
    public static final String AMI_STATE_CHANGE = "EC2 AMI State Change";
    public static final String SPOT_INTERRUPTION_WARNING = "EC2 Spot Instance Interruption Warning";

    /** Where EC2's events go; a cloud without EventBridge drops them. */
    @FunctionalInterface
    public interface Sink {
        void publish(Ec2Event event);
    }

    static Ec2Event instanceState(Instance instance, Instant at) {
        return new Ec2Event(
                at,
                instance.owner(),
                instance.region(),
                INSTANCE_STATE_CHANGE,
                List.of(instanceArn(instance)),
                ordered("instance-id", instance.id(), "state", instance.state().awsName()));
    }

    static Ec2Event spotWarning(Instance instance, String action, Instant at) {
        return new Ec2Event(
                at,
                instance.owner(),
                instance.region(),
                SPOT_INTERRUPTION_WARNING,
                List.of(instanceArn(instance)),
                ordered("instance-id", instance.id(), "instance-action", action));
    }

    /** AMI events name the image by an ARN without account, as AWS writes it. */
    /**
     * The RequestId is the image's id and state named into a UUID: stable for the same session, and drawing it from
     * the world's id source would shift the ids of every later resource.
     */
    static Ec2Event imageState(Image image, Region region, String errorMessage, Instant at) {
        String requestId = UUID.nameUUIDFromBytes(
                        (image.id() + "/" + image.state().awsName()).getBytes(UTF_8))
                .toString();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("RequestId", requestId);
        detail.put("ImageId", image.id());
        detail.put("State", image.state().awsName());
        detail.put("ErrorMessage", errorMessage);
        return new Ec2Event(
                at,
                new AccountId(image.ownerId()),
                region,
                AMI_STATE_CHANGE,
                List.of("arn:aws:ec2:" + region.id() + "::image/" + image.id()),
                detail);
    }

    private static String instanceArn(Instance instance) {
        return "arn:aws:ec2:" + instance.region().id() + ":" + instance.owner().value() + ":instance/" + instance.id();
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
