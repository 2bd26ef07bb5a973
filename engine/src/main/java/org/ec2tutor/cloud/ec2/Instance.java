package org.ec2tutor.cloud.ec2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.guest.Disk;
import org.ec2tutor.cloud.guest.Guest;

/**
 * One EC2 instance. Its state only changes through {@link InstanceOperations} (which consult
 * {@link InstanceStateMachine}) and the scheduled transitions they start; readers see a consistent snapshot because
 * the {@code Cloud} serialises every call.
 */
public final class Instance {

    /** An EBS volume attached at a device name. The volume itself lives in the Region's volumes. */
    public record BlockDevice(String deviceName, String volumeId) {}

    private final String id;
    private final AccountId owner;
    private final Region region;
    private final String reservationId;
    private final String imageId;
    private final Architecture architecture;
    private final Platform platform;
    private final String availabilityZone;
    private final String subnetId;
    private final String vpcId;
    private final String privateIp;
    private final Optional<String> keyName;
    private final int amiLaunchIndex;
    private final boolean hibernationConfigured;
    private final boolean hibernationReady;
    private final String rootDeviceName;
    private final List<BlockDevice> blockDevices = new ArrayList<>();
    private final Optional<String> clientToken;
    private final Tags tags = new Tags();
    private final List<Disk> instanceStore = new ArrayList<>();
    private Guest guest;

    private InstanceType type;
    private Optional<String> userData;
    private InstanceState state = InstanceState.PENDING;
    private String stateTransitionReason = "";
    private Optional<StateReason> stateReason = Optional.of(StateReason.PENDING);
    private Instant launchTime;
    private Optional<String> publicIp = Optional.empty();
    private List<GroupRef> securityGroups = List.of();
    private boolean assignsPublicIp = true;
    private Optional<String> elasticIp = Optional.empty();
    private boolean disableApiTermination;
    private boolean disableApiStop;
    private ShutdownBehavior shutdownBehavior = ShutdownBehavior.STOP;
    private Optional<Instant> firstRunningAt = Optional.empty();
    private Optional<Instant> statusOkAt = Optional.empty();
    private Optional<Instant> terminatedAt = Optional.empty();
    private boolean hibernated;
    private Optional<SpotOptions> spot = Optional.empty();
    private Tenancy tenancy = Tenancy.DEFAULT;
    private Optional<String> hostId = Optional.empty();
    private Optional<Instant> interruptionAt = Optional.empty();
    private int reboots;
    private long epoch;
    private MetadataOptions metadataOptions = MetadataOptions.V1_ALLOWED;
    private Optional<InstanceProfiles.Profile> instanceProfile = Optional.empty();
    private Instant instanceProfileSince = Instant.EPOCH;
    private final List<String> secondaryPrivateIps = new ArrayList<>();

    Instance(
            String id,
            AccountId owner,
            Region region,
            String reservationId,
            String imageId,
            InstanceType type,
            Architecture architecture,
            Platform platform,
            String availabilityZone,
            String subnetId,
            String vpcId,
            String privateIp,
            Optional<String> keyName,
            int amiLaunchIndex,
            boolean hibernationConfigured,
            boolean hibernationReady,
            String rootDeviceName,
            Optional<String> userData,
            Optional<String> clientToken,
            Instant launchTime) {
        this.id = id;
        this.owner = owner;
        this.region = region;
        this.reservationId = reservationId;
        this.imageId = imageId;
        this.type = type;
        this.architecture = architecture;
        this.platform = platform;
        this.availabilityZone = availabilityZone;
        this.subnetId = subnetId;
        this.vpcId = vpcId;
        this.privateIp = privateIp;
        this.keyName = keyName;
        this.amiLaunchIndex = amiLaunchIndex;
        this.hibernationConfigured = hibernationConfigured;
        this.hibernationReady = hibernationReady;
        this.rootDeviceName = rootDeviceName;
        this.userData = userData;
        this.clientToken = clientToken;
        this.launchTime = launchTime;
    }

    public String id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public Region region() {
        return region;
    }

    public String reservationId() {
        return reservationId;
    }

    public String imageId() {
        return imageId;
    }

    public InstanceType type() {
        return type;
    }

    public Architecture architecture() {
        return architecture;
    }

    public Platform platform() {
        return platform;
    }

    public String availabilityZone() {
        return availabilityZone;
    }

    public String subnetId() {
        return subnetId;
    }

    public String vpcId() {
        return vpcId;
    }

    public String privateIp() {
        return privateIp;
    }

    /** A security group as an instance lists it: group names never change, so they are kept with the ids. */
    public record GroupRef(String id, String name) {}

    /** The security groups of the instance's primary network interface, in the order given. */
    public List<GroupRef> securityGroups() {
        return securityGroups;
    }

    public List<String> securityGroupIds() {
        return securityGroups.stream().map(GroupRef::id).toList();
    }

    void setSecurityGroups(List<GroupRef> groups) {
        this.securityGroups = List.copyOf(groups);
    }

    /** Whether it gets a public IPv4 address each time it starts (the subnet's or the launch's choice). */
    public boolean assignsPublicIp() {
        return assignsPublicIp;
    }

    void setAssignsPublicIp(boolean assigns) {
        this.assignsPublicIp = assigns;
    }

    /** The allocation id of the Elastic IP associated with the instance, if any. */
    public Optional<String> elasticIp() {
        return elasticIp;
    }

    void setElasticIp(Optional<String> allocationId) {
        this.elasticIp = allocationId;
    }

    /** Who owns the public address: {@code amazon} for an auto-assigned one, else the account (an Elastic IP). */
    public Optional<String> publicIpOwner() {
        return elasticIp.map(a -> owner.value());
    }

    public Optional<String> publicIp() {
        return publicIp;
    }

    public Optional<String> keyName() {
        return keyName;
    }

    public int amiLaunchIndex() {
        return amiLaunchIndex;
    }

    public boolean hibernationConfigured() {
        return hibernationConfigured;
    }
    /** Whether a hibernate request would really hibernate (false when the root volume is too small for RAM). */
    public boolean hibernationReady() {
        return hibernationReady;
    }

    public String rootDeviceName() {
        return rootDeviceName;
    }

    public List<BlockDevice> blockDevices() {
        return List.copyOf(blockDevices);
    }

    public Optional<String> clientToken() {
        return clientToken;
    }

    public Tags tags() {
        return tags;
    }
    /** User data as AWS stores it: base64. */
    public Optional<String> userData() {
        return userData;
    }

    public InstanceState state() {
        return state;
    }

    public String stateTransitionReason() {
        return stateTransitionReason;
    }

    public Optional<StateReason> stateReason() {
        return stateReason;
    }
    /** When the instance was launched or last started. */
    public Instant launchTime() {
        return launchTime;
    }

    public boolean disableApiTermination() {
        return disableApiTermination;
    }

    public boolean disableApiStop() {
        return disableApiStop;
    }

    public ShutdownBehavior shutdownBehavior() {
        return shutdownBehavior;
    }

    public Optional<Instant> firstRunningAt() {
        return firstRunningAt;
    }

    public Optional<Instant> terminatedAt() {
        return terminatedAt;
    }
    /** Whether the instance is stopped (or stopping) by hibernation, with its RAM saved on the root volume. */
    public boolean hibernated() {
        return hibernated;
    }
    /** How many times the guest was rebooted (RebootInstances, or CreateImage without NoReboot). */
    public int reboots() {
        return reboots;
    }

    /** {@code running} instances report status checks: {@code initializing} for two minutes, then {@code ok}. */
    public boolean statusChecksOk(Instant now) {
        return state == InstanceState.RUNNING
                && statusOkAt.map(t -> !t.isAfter(now)).orElse(false);
    }

    /** The primary network interface (device index 0), created and deleted with the instance. */
    public String networkInterfaceId() {
        return NetworkLayout.interfaceId(id);
    }

    public String macAddress() {
        return NetworkLayout.macAddress(id);
    }

    public String privateDnsName() {
        return privateDnsName(privateIp);
    }

    /** The Region's internal DNS name of one of the instance's private addresses. */
    public String privateDnsName(String address) {
        String host = "ip-" + address.replace('.', '-');
        return region == Region.US_EAST_1 ? host + ".ec2.internal" : host + "." + region.id() + ".compute.internal";
    }

    public String publicDnsName() {
        return publicIp.map(ip -> "ec2-" + ip.replace('.', '-')
                        + (region == Region.US_EAST_1
                                ? ".compute-1.amazonaws.com"
                                : "." + region.id() + ".compute.amazonaws.com"))
                .orElse("");
    }

    /** IMDS options: what DescribeInstances reports as {@code MetadataOptions} and the guest's service obeys. */
    public MetadataOptions metadataOptions() {
        return metadataOptions;
    }

    // --- mutation, package-private: only the operations of this package change an instance --------------------

    /** The primary interface's secondary private IPv4 addresses, in the order they were assigned. */
    public List<String> secondaryPrivateIps() {
        return List.copyOf(secondaryPrivateIps);
    }

    void addSecondaryPrivateIp(String ip) {
        secondaryPrivateIps.add(ip);
    }

    void removeSecondaryPrivateIp(String ip) {
        secondaryPrivateIps.remove(ip);
    }

    /** The IAM instance profile it was launched with, if any. */
    public Optional<InstanceProfiles.Profile> instanceProfile() {
        return instanceProfile;
    }

    /** Since when the current profile is attached: its role's credentials in the metadata date from then. */
    Instant instanceProfileSince() {
        return instanceProfileSince;
    }

    void setInstanceProfile(Optional<InstanceProfiles.Profile> profile, Instant at) {
        this.instanceProfile = profile;
        this.instanceProfileSince = at;
    }

    void setMetadataOptions(MetadataOptions options) {
        this.metadataOptions = options;
    }

    long epoch() {
        return epoch;
    }

    /** Starts a new transition; scheduled completions of earlier transitions see a different epoch and do nothing. */
    long beginTransition(InstanceState to) {
        state = to;
        return ++epoch;
    }

    void settle(InstanceState to) {
        state = to;
    }

    void setType(InstanceType type) {
        this.type = type;
    }

    void setUserData(Optional<String> userData) {
        this.userData = userData;
    }

    void setStateTransitionReason(String reason) {
        this.stateTransitionReason = reason;
    }

    void setStateReason(Optional<StateReason> reason) {
        this.stateReason = reason;
    }

    void setLaunchTime(Instant t) {
        this.launchTime = t;
    }

    void setPublicIp(Optional<String> ip) {
        this.publicIp = ip;
    }

    void setDisableApiTermination(boolean v) {
        this.disableApiTermination = v;
    }

    void setDisableApiStop(boolean v) {
        this.disableApiStop = v;
    }

    void setShutdownBehavior(ShutdownBehavior b) {
        this.shutdownBehavior = b;
    }

    void setFirstRunningAt(Instant t) {
        if (firstRunningAt.isEmpty()) {
            firstRunningAt = Optional.of(t);
        }
    }

    void setStatusOkAt(Optional<Instant> t) {
        this.statusOkAt = t;
    }

    void setTerminatedAt(Instant t) {
        this.terminatedAt = Optional.of(t);
    }

    void setHibernated(boolean v) {
        this.hibernated = v;
    }

    void addBlockDevice(BlockDevice d) {
        blockDevices.add(d);
    }

    void removeBlockDevice(String volumeId) {
        blockDevices.removeIf(d -> d.volumeId().equals(volumeId));
    }

    void countReboot() {
        reboots++;
    }

    void setGuest(Guest g) {
        this.guest = g;
    }

    void addInstanceStore(Disk d) {
        instanceStore.add(d);
    }

    void setSpot(SpotOptions options) {
        this.spot = Optional.of(options);
    }

    void setTenancy(Tenancy t) {
        this.tenancy = t;
    }

    void setHostId(Optional<String> id) {
        this.hostId = id;
    }

    /** Shared hardware, a dedicated instance, or on a Dedicated Host. */
    public Tenancy tenancy() {
        return tenancy;
    }
    /** The Dedicated Host it runs (or last ran) on, for tenancy host. */
    public Optional<String> hostId() {
        return hostId;
    }

    void setInterruptionAt(Optional<Instant> at) {
        this.interruptionAt = at;
    }

    /** How it was requested, if it is a Spot Instance. */
    public Optional<SpotOptions> spot() {
        return spot;
    }
    /** When EC2 will interrupt it, once it has given the two-minute notice. */
    public Optional<Instant> interruptionAt() {
        return interruptionAt;
    }

    /** The operating system inside: files, packages, services, console log. */
    public Guest guest() {
        return guest;
    }
    /** The instance-store disks (erased on stop and hibernation). */
    public List<Disk> instanceStore() {
        return List.copyOf(instanceStore);
    }

    // Credit specification and detailed monitoring (issue 22).

    private Optional<String> cpuCredits = Optional.empty();
    private MonitoringState monitoring = MonitoringState.DISABLED;

    /** The credit option set at launch or by ModifyInstanceCreditSpecification; empty: the family's default. */
    public Optional<String> cpuCredits() {
        return cpuCredits;
    }

    void setCpuCredits(String credits) {
        this.cpuCredits = Optional.of(credits);
    }

    /** Detailed monitoring ({@code Monitoring.State}). */
    public MonitoringState monitoring() {
        return monitoring;
    }

    void setMonitoring(MonitoringState state) {
        this.monitoring = state;
    }
}
