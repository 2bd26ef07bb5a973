package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import org.ec2tutor.cloud.AccountId;

/**
 * An IAM instance profile associated with an instance (API reference, IamInstanceProfileAssociation): its
 * {@code iip-assoc-} id, the instance, the profile and where it stands. Only {@link ProfileAssociations} changes it.
 */
public final class ProfileAssociation {

    /** The association states AWS reports, in its words. */
    public enum State {
        ASSOCIATING("associating"),
        ASSOCIATED("associated"),
        DISASSOCIATING("disassociating"),
        DISASSOCIATED("disassociated");

        private final String awsName;

        State(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    private final String id;
    private final AccountId owner;
    private final String instanceId;
    private final InstanceProfiles.Profile profile;
    private final Instant timestamp;
    private State state = State.ASSOCIATING;

    ProfileAssociation(
            String id, AccountId owner, String instanceId, InstanceProfiles.Profile profile, Instant timestamp) {
        this.id = id;
        this.owner = owner;
        this.instanceId = instanceId;
        this.profile = profile;
        this.timestamp = timestamp;
    }

    public String id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public String instanceId() {
        return instanceId;
    }

    public InstanceProfiles.Profile profile() {
        return profile;
    }

    /** When the association was made. */
    public Instant timestamp() {
        return timestamp;
    }

    public State state() {
        return state;
    }

    /** Whether it is the instance's current association: associating or associated. */
    boolean active() {
        return state == State.ASSOCIATING || state == State.ASSOCIATED;
    }

    void setState(State state) {
        this.state = state;
    }
}
