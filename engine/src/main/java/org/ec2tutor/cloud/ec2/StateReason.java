package org.ec2tutor.cloud.ec2;

/** {@code StateReason}: why an instance last changed state, in AWS's "Code: text" form. */
public record StateReason(String code, String message) {

    public static final StateReason PENDING = new StateReason("pending", "pending");
    public static final StateReason USER_SHUTDOWN =
            new StateReason("Client.UserInitiatedShutdown", "Client.UserInitiatedShutdown: User initiated shutdown");
    public static final StateReason USER_HIBERNATE =
            new StateReason("Client.UserInitiatedHibernate", "Client.UserInitiatedHibernate: User initiated hibernate");
    /** [I] wording (docs/ec2-behaviour.md section 4). */
    public static final StateReason SPOT_TERMINATION = new StateReason(
            "Server.SpotInstanceTermination", "Server.SpotInstanceTermination: Spot instance termination");

    public static final StateReason SPOT_SHUTDOWN =
            new StateReason("Server.SpotInstanceShutdown", "Server.SpotInstanceShutdown: Spot instance shutdown");
}
