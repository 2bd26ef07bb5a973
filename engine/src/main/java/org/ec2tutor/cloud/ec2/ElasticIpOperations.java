package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.billing.UsageType;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Elastic IP addresses (docs/ec2-behaviour.md section 12): allocated until released and billed all that time like
 * every public IPv4 address; associated with an instance they replace its auto-assigned address and, unlike it,
 * survive stop and start.
 */
public final class ElasticIpOperations {

    /** Elastic IPs per Region, AWS's default quota. */
    static final int QUOTA = 5;

    private final Ec2Context ctx;
    private final InstanceLifecycle lifecycle;

    ElasticIpOperations(Ec2Context ctx) {
        this.ctx = ctx;
        this.lifecycle = new InstanceLifecycle(ctx.world());
    }

    public ElasticIp allocate() {
        if (own().size() >= QUOTA) {
            throw Ec2Errors.addressLimitExceeded();
        }
        String id = ctx.world().ids.resourceId("eipalloc");
        ElasticIp address = new ElasticIp(
                id, lifecycle.newPublicIp(ctx.region()), ctx.caller().id());
        ctx.resources().addresses.put(id, address);
        ctx.world().meter.open(ctx.caller().id(), ctx.region(), "", id, UsageType.PUBLIC_IPV4, "", 1, ctx.now());
        return address;
    }

    /**
     * Points the address at an instance. An address associated elsewhere moves unless {@code allowReassociation} is
     * false; an Elastic IP the instance already had is disassociated (it stays allocated).
     */
    public String associate(String allocationId, String instanceId, boolean allowReassociation) {
        ElasticIp address = byId(allocationId);
        Instance instance = new InstanceOperations(ctx).describeOne(instanceId);
        if (instance.state() == InstanceState.TERMINATED || instance.state() == InstanceState.SHUTTING_DOWN) {
            throw Ec2Errors.incorrectInstanceStateForAddress(instanceId);
        }
        if (address.association().isPresent()) {
            if (address.association().get().instanceId().equals(instanceId)) {
                return address.association().get().id();
            }
            if (!allowReassociation) {
                throw Ec2Errors.addressAlreadyAssociated(
                        allocationId, address.association().get().id());
            }
            detach(address);
        }
        instance.elasticIp().map(this::byId).ifPresent(this::detach);
        lifecycle.releasePublicIp(instance, ctx.now());
        String associationId = ctx.world().ids.resourceId("eipassoc");
        address.setAssociation(Optional.of(new ElasticIp.Association(
                associationId, instanceId, instance.networkInterfaceId(), instance.privateIp())));
        instance.setElasticIp(Optional.of(allocationId));
        instance.setPublicIp(Optional.of(address.publicIp()));
        InstanceMetadata.publish(instance);
        return associationId;
    }

    public void disassociate(String associationId) {
        ElasticIp address = own().stream()
                .filter(a -> a.association()
                        .filter(x -> x.id().equals(associationId))
                        .isPresent())
                .findFirst()
                .orElseThrow(() -> Ec2Errors.associationNotFound(associationId));
        detach(address);
    }

    /** ReleaseAddress: an associated address is disassociated first in a default VPC, refused elsewhere. */
    public void release(Optional<String> allocationId, Optional<String> publicIp) {
        if (allocationId.isEmpty()) {
            if (publicIp.isPresent()) {
                throw Ec2Errors.releaseNeedsAllocationId();
            }
            throw Ec2Errors.missingParameter("AllocationId");
        }
        ElasticIp address = byId(allocationId.get());
        if (address.association().isPresent()) {
            Instance instance =
                    ctx.resources().instances.get(address.association().get().instanceId());
            boolean defaultVpc = instance != null
                    && ctx.resources().vpcs.containsKey(instance.vpcId())
                    && ctx.resources().vpcs.get(instance.vpcId()).isDefault();
            if (!defaultVpc) {
                throw Ec2Errors.addressInUse(address.publicIp());
            }
            detach(address);
        }
        ctx.resources().addresses.remove(address.allocationId());
        ctx.resources().publicIpsInUse.remove(address.publicIp());
        ctx.world().meter.close(address.allocationId(), UsageType.PUBLIC_IPV4, ctx.now());
    }

    public List<ElasticIp> describe(List<String> allocationIds, List<String> publicIps, List<Filter> filters) {
        FilterSet<ElasticIp> set = FilterSet.withTags(ElasticIp::tags)
                .addOne("allocation-id", ElasticIp::allocationId)
                .addOne("public-ip", ElasticIp::publicIp)
                .addOne("domain", a -> "vpc")
                .addOne(
                        "association-id",
                        a -> a.association().map(ElasticIp.Association::id).orElse(null))
                .addOne(
                        "instance-id",
                        a -> a.association()
                                .map(ElasticIp.Association::instanceId)
                                .orElse(null))
                .addOne(
                        "network-interface-id",
                        a -> a.association()
                                .map(ElasticIp.Association::networkInterfaceId)
                                .orElse(null))
                .addOne(
                        "private-ip-address",
                        a -> a.association()
                                .map(ElasticIp.Association::privateIp)
                                .orElse(null))
                .addOne("network-border-group", a -> ctx.region().id());
        set.validate(filters);
        allocationIds.forEach(this::byId);
        for (String ip : publicIps) {
            if (own().stream().noneMatch(a -> a.publicIp().equals(ip))) {
                throw Ec2Errors.addressNotFound(ip);
            }
        }
        return own().stream()
                .filter(a -> allocationIds.isEmpty() || allocationIds.contains(a.allocationId()))
                .filter(a -> publicIps.isEmpty() || publicIps.contains(a.publicIp()))
                .filter(a -> set.matches(a, filters))
                .toList();
    }

    /**
     * Takes the address off its instance; a running instance that assigns public addresses gets a fresh one
     * (EC2 User Guide, "Elastic IP addresses").
     */
    private void detach(ElasticIp address) {
        address.association().ifPresent(a -> {
            Instance instance = ctx.resources().instances.get(a.instanceId());
            if (instance != null) {
                instance.setElasticIp(Optional.empty());
                instance.setPublicIp(Optional.empty());
                if (instance.state() == InstanceState.RUNNING) {
                    lifecycle.assignPublicIp(instance, ctx.now());
                }
                InstanceMetadata.publish(instance);
            }
        });
        address.setAssociation(Optional.empty());
    }

    /** When an instance terminates, its Elastic IP stays allocated but points nowhere. */
    static void onTerminated(RegionalResources res, Instance instance) {
        instance.elasticIp().map(res.addresses::get).ifPresent(a -> a.setAssociation(Optional.empty()));
        instance.setElasticIp(Optional.empty());
    }

    private ElasticIp byId(String id) {
        ElasticIp a = ctx.resources().addresses.get(id);
        if (a == null || !a.owner().equals(ctx.caller().id())) {
            throw Ec2Errors.allocationNotFound(id);
        }
        return a;
    }

    private List<ElasticIp> own() {
        return ctx.resources().addresses.values().stream()
                .filter(a -> a.owner().equals(ctx.caller().id()))
                .toList();
    }
}
