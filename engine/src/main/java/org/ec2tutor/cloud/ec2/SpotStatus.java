package org.ec2tutor.cloud.ec2;

import java.util.Map;

/**
 * The messages that go with Spot request status codes. The codes and what they mean are AWS's (EC2 User Guide,
 * "Spot request status"); no capture of the exact message texts was found, so these are [I] wordings that say what
 * the User Guide says each code means.
 */
final class SpotStatus {

    private SpotStatus() {}

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry(
                    "pending-evaluation",
                    "Your Spot request has been submitted for review, and is pending evaluation."),
            Map.entry("pending-fulfillment", "Your Spot request is pending fulfillment."),
            Map.entry("fulfilled", "Your spot request is fulfilled."),
            Map.entry("canceled-before-fulfillment", "Your Spot request was canceled before it was fulfilled."),
            Map.entry(
                    "request-canceled-and-instance-running",
                    "Your Spot request was canceled, but the Spot Instance is still running."),
            Map.entry("schedule-expired", "Your Spot request expired before it was fulfilled."),
            Map.entry("instance-terminated-by-user", "Spot Instance terminated due to user-initiated termination."),
            Map.entry(
                    "instance-terminated-by-price",
                    "Spot Instance terminated: the Spot price rose above your maximum price."),
            Map.entry(
                    "instance-terminated-no-capacity",
                    "Spot Instance terminated: Amazon EC2 needed the capacity back."),
            Map.entry("instance-stopped-by-user", "Spot Instance stopped due to user-initiated stop."),
            Map.entry(
                    "instance-stopped-by-price",
                    "Spot Instance stopped: the Spot price rose above your maximum price."),
            Map.entry("instance-stopped-no-capacity", "Spot Instance stopped: Amazon EC2 needed the capacity back."),
            Map.entry("marked-for-stop", "Spot Instance is marked for stop."),
            Map.entry("bad-parameters", "One or more parameters of your Spot request are not valid."));

    static String message(String code) {
        return MESSAGES.getOrDefault(code, code);
    }
}
