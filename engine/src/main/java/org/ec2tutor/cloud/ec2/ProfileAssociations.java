package org.ec2tutor.cloud.ec2;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Associating IAM instance profiles with instances after launch, and the association a launch with a profile makes
 * (docs/ec2-behaviour.md section 25): an instance has at most one active association; each goes associating ->
 * associated and disassociating -> disassociated on the clock; a replaced association gives way to a new one with a
 * new id.
 */
public final class ProfileAssociations {

    /** How long a change of association takes to settle: AWS documents no figure; a few seconds [I]. */
    static final Duration SETTLES = Duration.ofSeconds(10);

    private final Ec2Context ctx;

    ProfileAssociations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /**
     * AssociateIamInstanceProfile: a running or stopped instance without an active association.
     *
     * @throws org.ec2tutor.cloud.error.AwsException IncorrectState when the instance has one already
     */
    public ProfileAssociation associate(String instanceId, Optional<String> name, Optional<String> arn) {
        Instance instance = live(instanceId);
        InstanceProfiles.Profile profile = profileOf(name, arn);
        if (active(instance.id()).isPresent()) {
            throw Ec2Errors.existingProfileAssociation(instance.id());
        }
        return start(instance, profile);
    }

    /** DescribeIamInstanceProfileAssociations, by association id and the filters {@code instance-id}, {@code state}. */
    public List<ProfileAssociation> describe(List<String> ids, List<Filter> filters) {
        FilterSet<ProfileAssociation> set = FilterSet.<ProfileAssociation>withoutTags()
                .addOne("instance-id", ProfileAssociation::instanceId)
                .addOne("state", a -> a.state().awsName());
        set.validate(filters);
        ids.forEach(this::byId);
        return own().stream()
                .filter(a -> ids.isEmpty() || ids.contains(a.id()))
                .filter(a -> set.matches(a, filters))
                .toList();
    }

    /**
     * ReplaceIamInstanceProfileAssociation: the active association of a running instance gives way to a new one with
     * the other profile; a stopped instance's cannot be replaced (disassociate and associate instead) [O].
     */
    public ProfileAssociation replace(String associationId, Optional<String> name, Optional<String> arn) {
        ProfileAssociation old = byId(associationId);
        InstanceProfiles.Profile profile = profileOf(name, arn);
        Instance instance = ctx.resources().instances.get(old.instanceId());
        if (!old.active() || instance == null || instance.state() != InstanceState.RUNNING) {
            throw Ec2Errors.notTheActiveAssociation(associationId);
        }
        old.setState(ProfileAssociation.State.DISASSOCIATED);
        forgetLater(old, ctx.now());
        return start(instance, profile);
    }

    /** DisassociateIamInstanceProfile: the active association goes disassociating -> disassociated. */
    public ProfileAssociation disassociate(String associationId) {
        ProfileAssociation a = byId(associationId);
        if (!a.active()) {
            throw Ec2Errors.notTheActiveAssociation(associationId);
        }
        a.setState(ProfileAssociation.State.DISASSOCIATING);
        Instance instance = ctx.resources().instances.get(a.instanceId());
        if (instance != null) {
            instance.setInstanceProfile(Optional.empty(), ctx.now());
            if (instance.state() == InstanceState.RUNNING) {
                InstanceMetadata.publish(instance);
            }
        }
        ctx.world().scheduler.at(ctx.now().plus(SETTLES), at -> {
            if (a.state() == ProfileAssociation.State.DISASSOCIATING) {
                a.setState(ProfileAssociation.State.DISASSOCIATED);
                forgetLater(a, at);
            }
        });
        return a;
    }

    /** RunInstances with a profile: each instance starts with an association of its own. */
    public void applyAtLaunch(List<Instance> instances, Optional<InstanceProfiles.Profile> profile) {
        profile.ifPresent(p -> instances.forEach(i -> start(i, p)));
    }

    /** A terminated instance's association ends with it. */
    static void onTerminated(Ec2World world, Instance instance, Instant at) {
        RegionalResources res = world.region(instance.region());
        for (ProfileAssociation a : List.copyOf(res.profileAssociations.values())) {
            if (a.instanceId().equals(instance.id()) && a.state() != ProfileAssociation.State.DISASSOCIATED) {
                a.setState(ProfileAssociation.State.DISASSOCIATED);
                world.scheduler.at(
                        at.plus(Durations.TERMINATED_VISIBLE), gone -> res.profileAssociations.remove(a.id()));
            }
        }
    }

    private ProfileAssociation start(Instance instance, InstanceProfiles.Profile profile) {
        ProfileAssociation a = new ProfileAssociation(
                ctx.world().ids.resourceId("iip-assoc"), instance.owner(), instance.id(), profile, ctx.now());
        ctx.resources().profileAssociations.put(a.id(), a);
        instance.setInstanceProfile(Optional.of(profile), ctx.now());
        if (instance.state() == InstanceState.RUNNING) {
            InstanceMetadata.publish(instance);
        }
        ctx.world().scheduler.at(ctx.now().plus(SETTLES), at -> {
            if (a.state() == ProfileAssociation.State.ASSOCIATING) {
                a.setState(ProfileAssociation.State.ASSOCIATED);
            }
        });
        return a;
    }

    /** A disassociated association stays listed for an hour, as a terminated instance does [I]. */
    private void forgetLater(ProfileAssociation a, Instant from) {
        RegionalResources res = ctx.resources();
        ctx.world()
                .scheduler
                .at(from.plus(Durations.TERMINATED_VISIBLE), gone -> res.profileAssociations.remove(a.id()));
    }

    private InstanceProfiles.Profile profileOf(Optional<String> name, Optional<String> arn) {
        return new InstanceProfiles(ctx)
                .resolve(name, arn)
                .orElseThrow(() -> Ec2Errors.missingParameter("IamInstanceProfile"));
    }

    private Optional<ProfileAssociation> active(String instanceId) {
        return ctx.resources().profileAssociations.values().stream()
                .filter(a -> a.instanceId().equals(instanceId) && a.active())
                .findFirst();
    }

    private List<ProfileAssociation> own() {
        return ctx.resources().profileAssociations.values().stream()
                .filter(a -> a.owner().equals(ctx.caller().id()))
                .toList();
    }

    private ProfileAssociation byId(String id) {
        return own().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.associationNotFound(id));
    }

    /** An instance of the caller's that is not shutting down or terminated. */
    private Instance live(String id) {
        Instance instance = new InstanceOperations(ctx).find(List.of(id)).get(0);
        if (instance.state() == InstanceState.SHUTTING_DOWN || instance.state() == InstanceState.TERMINATED) {
            throw Ec2Errors.incorrectInstanceStateForAddress(id);
        }
        return instance;
    }
}
