package org.ec2tutor.lesson;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Accounts;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.ApiCallLog;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.SavingsPlan;
import org.ec2tutor.cloud.billing.SavingsPlanOffering;
import org.ec2tutor.cloud.ec2.CreditSpecifications;
import org.ec2tutor.cloud.ec2.Image;
import org.ec2tutor.cloud.ec2.Instance;
import org.ec2tutor.cloud.ec2.InstanceState;
import org.ec2tutor.cloud.ec2.InstanceType;
import org.ec2tutor.cloud.ec2.LaunchPermission;
import org.ec2tutor.cloud.ec2.LaunchTemplate;
import org.ec2tutor.cloud.ec2.RegionalResources;
import org.ec2tutor.cloud.ec2.Volume;
import org.ec2tutor.cloud.trail.EventHistory;
import org.ec2tutor.cloud.trail.TrailEvent;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;

/**
 * What a lesson's checks may read, as {@code aws} in a lesson template: plain facts (strings, numbers, booleans,
 * lists) copied out of the simulated cloud at one instant, so a check can never change the account and never shows
 * up in its API history. A lookup that finds nothing returns a fact whose {@code exists()} is false and whose state
 * is {@code none}, so a check reads {@code aws.instanceNamed("web-1").state() == "running"} without null tests.
 */
public final class LessonFacts {

    /** What step text says for an instance or image not made yet: the learner's own, whose id is known later. */
    static final String UNKNOWN_INSTANCE = "your instance";

    static final String UNKNOWN_IMAGE = "your image";

    /**
     * Whether {@code stepText} names a resource by {@code ref()} before it exists (as a lesson bolds it): the text
     * rendered later, when the resource exists, shows its real id instead.
     */
    public static boolean mentionsUnknownIds(String stepText) {
        return stepText.contains("**" + UNKNOWN_INSTANCE + "**") || stepText.contains("**" + UNKNOWN_IMAGE + "**");
    }

    /** One instance as a check sees it. {@code publicIp} is empty when it has none. */
    public record InstanceFact(
            String id,
            String owner,
            String region,
            String zone,
            String state,
            String type,
            String family,
            String category,
            double memoryGib,
            String imageId,
            String publicIp,
            String privateIp,
            Map<String, String> tags,
            String name,
            boolean everRunning,
            boolean hibernated,
            boolean hibernationConfigured,
            boolean rootEncrypted,
            int rootSizeGib,
            boolean terminationProtected,
            String stateReason,
            boolean spot,
            String interruptionBehavior,
            String tenancy,
            String hostId,
            List<String> runningServices,
            boolean hasUserData,
            String launchTime,
            String monitoring,
            String cpuCredits) {

        /** What a lookup that found nothing returns: state {@code none}, every text empty. */
        static final InstanceFact NONE = new InstanceFact(
                "",
                "",
                "",
                "",
                "none",
                "none",
                "none",
                "none",
                0,
                "none",
                "",
                "",
                Map.of(),
                "",
                false,
                false,
                false,
                false,
                0,
                false,
                "",
                false,
                "",
                "",
                "",
                List.of(),
                false,
                "",
                "disabled",
                "standard");

        public boolean exists() {
            return !id.isEmpty();
        }

        /** The id, or {@code your instance} when there is none yet: for step text read before the step is done. */
        public String ref() {
            return exists() ? id : UNKNOWN_INSTANCE;
        }

        public boolean serviceRunning(String service) {
            return runningServices.contains(service);
        }

        public String tag(String key) {
            return tags.getOrDefault(key, "");
        }

        /** Pending or running: what "it runs" means in a step. */
        public boolean alive() {
            return state.equals("pending") || state.equals("running");
        }

        public boolean gone() {
            return state.equals("shutting-down") || state.equals("terminated");
        }
    }

    /** One AMI. {@code sourceInstanceId} is empty unless it was created from an instance. */
    public record ImageFact(
            String id,
            String owner,
            String name,
            String description,
            String state,
            String sourceInstanceId,
            boolean createdWithoutReboot,
            boolean isPublic,
            List<String> sharedAccounts,
            List<String> sharedOrganizations,
            List<String> sharedOrganizationalUnits,
            String deprecationTime,
            boolean deprecated,
            boolean disabled,
            boolean deregistered) {

        /** What a lookup that found nothing returns: state {@code none}. */
        static final ImageFact NONE = new ImageFact(
                "", "", "", "", "none", "", false, false, List.of(), List.of(), List.of(), "", false, false, false);

        /** Shared with an organization or one of its units. */
        public boolean sharedWithOrganization() {
            return !sharedOrganizations.isEmpty() || !sharedOrganizationalUnits.isEmpty();
        }

        public boolean exists() {
            return !id.isEmpty();
        }

        /** The id, or {@code your image} when there is none yet. */
        public String ref() {
            return exists() ? id : UNKNOWN_IMAGE;
        }

        public boolean sharedWith(String accountId) {
            return sharedAccounts.contains(accountId);
        }
    }

    /**
     * One API call from the account's history (CloudTrail-like): when, in which account, its error code if it failed,
     * and who made it: {@code via} is the surface ({@code aws} for the session's aws lines, {@code java},
     * {@code http} for the local endpoint, {@code console}), then the access key id, source IP address and user agent
     * as CloudTrail records them.
     */
    public record CallFact(
            String at,
            String account,
            String service,
            String operation,
            String errorCode,
            String via,
            String accessKeyId,
            String sourceIpAddress,
            String userAgent) {

        public boolean succeeded() {
            return errorCode.isEmpty();
        }

        /** Made over HTTP, through the local endpoint (the real AWS CLI, boto3, an SDK). */
        public boolean overHttp() {
            return via.equals(Caller.Surface.HTTP.label());
        }
    }

    /** A trail of the learner's, as describe-trails and get-trail-status show it. */
    public record TrailFact(
            String name, String arn, String homeRegion, String bucket, boolean multiRegion, boolean logging) {}

    /** A bucket of the learner's: its Region, whether it has a policy, and its object keys in order. */
    public record BucketFact(String name, String region, boolean hasPolicy, List<String> keys) {}

    public record ReservationFact(
            String id,
            String instanceType,
            int count,
            String offeringClass,
            int years,
            String paymentOption,
            String state) {}

    public record HostFact(
            String id, String family, String instanceType, String zone, String state, List<String> instanceIds) {}

    public record CapacityFact(String id, String instanceType, String zone, int count, String state) {}

    public record CommandFact(
            String id, String document, List<String> instanceIds, List<String> commands, String requestedAt) {}

    public record TypeFact(
            String name, String family, String category, int vcpus, double memoryGib, BigDecimal usdPerHour) {}

    /**
     * A launch template of the learner's, with what its default and latest versions launch ({@code ""} where a version
     * does not say).
     */
    public record LaunchTemplateFact(
            String id,
            String name,
            long defaultVersion,
            long latestVersion,
            int versions,
            String defaultImageId,
            String defaultInstanceType,
            String latestInstanceType) {}

    /**
     * A Savings Plan of the learner's: {@code Compute} or {@code EC2Instance}, its term in years, payment option,
     * hourly commitment in USD, family and Region ({@code ""} for a Compute plan) and state.
     */
    public record SavingsPlanFact(
            String id,
            String planType,
            int years,
            String paymentOption,
            double commitment,
            String family,
            String region,
            String state) {}

    /** A Spot request of the learner's: its type, state, status code and the instance it launched last. */
    public record SpotRequestFact(
            String id, String type, String state, String statusCode, String instanceId, String maxPrice) {}

    private final Cloud cloud;
    private final Instant now;
    private final String learner;
    private final List<InstanceFact> instances = new ArrayList<>();
    private final List<ImageFact> images = new ArrayList<>();
    private final List<CallFact> calls = new ArrayList<>();
    private final List<ReservationFact> reservations = new ArrayList<>();
    private final List<HostFact> hosts = new ArrayList<>();
    private final List<CapacityFact> capacity = new ArrayList<>();
    private final List<CommandFact> commands = new ArrayList<>();
    private final NetworkFacts network;
    private final List<LaunchTemplateFact> launchTemplates = new ArrayList<>();
    private final List<SpotRequestFact> spotRequests = new ArrayList<>();
    private final List<SavingsPlanFact> savingsPlans = new ArrayList<>();
    private final boolean blockPublicAccess;
    private final StorageFacts storage;

    /** Copies the facts of {@code cloud} now, for {@code learner} (the account the lesson is about). */
    public static LessonFacts of(Cloud cloud, Account learner) {
        return cloud.transact(() -> new LessonFacts(cloud, learner));
    }

    private LessonFacts(Cloud cloud, Account learner) {
        this.cloud = cloud;
        this.now = cloud.now();
        this.learner = learner.id().value();
        boolean bpa = false;
        for (Region region : Region.values()) {
            RegionalResources res = cloud.ec2World().region(region);
            for (Instance i : res.instances()) {
                instances.add(instance(i, res));
            }
            for (Image image : res.images()) {
                images.add(image(image));
            }
            res.reservedInstances().stream()
                    .filter(r -> r.account().equals(learner.id()))
                    .forEach(r -> reservations.add(new ReservationFact(
                            r.id(),
                            r.offering().instanceType(),
                            r.count(),
                            r.offering().offeringClass().awsName(),
                            r.offering().years(),
                            r.offering().paymentOption().awsName(),
                            r.state(now))));
            res.hosts().stream()
                    .filter(h -> h.owner().equals(learner.id()))
                    .forEach(h -> hosts.add(new HostFact(
                            h.id(),
                            h.family(),
                            h.instanceType().orElse(""),
                            h.zone(),
                            h.state(),
                            res.instances().stream()
                                    .filter(i ->
                                            i.hostId().filter(h.id()::equals).isPresent() && !gone(i))
                                    .map(Instance::id)
                                    .toList())));
            res.capacityReservations().stream()
                    .filter(c -> c.account().equals(learner.id()))
                    .forEach(c -> capacity.add(
                            new CapacityFact(c.id(), c.instanceType(), c.zone(), c.count(), c.state(now))));
            res.commands().stream()
                    .filter(c -> c.owner().equals(learner.id()))
                    .forEach(c -> commands.add(new CommandFact(
                            c.id(),
                            c.documentName(),
                            List.copyOf(c.invocations().keySet()),
                            c.commands(),
                            c.requestedAt().toString())));
            res.launchTemplates().stream()
                    .filter(t -> t.owner().equals(learner.id()))
                    .forEach(t -> launchTemplates.add(launchTemplate(t)));
            res.spotRequests().stream()
                    .filter(r -> r.owner().equals(learner.id()))
                    .forEach(r -> spotRequests.add(new SpotRequestFact(
                            r.id(),
                            r.type(),
                            r.state().awsName(),
                            r.status().code(),
                            r.instanceId().orElse(""),
                            r.maxPrice().map(BigDecimal::toPlainString).orElse(""))));
            if (region == Region.US_EAST_1) {
                bpa = res.blocksPublicSharing(learner.id());
            }
        }
        this.blockPublicAccess = bpa;
        this.storage = new StorageFacts(cloud, learner);
        for (SavingsPlan p : cloud.ec2World().savingsPlans(learner.id())) {
            SavingsPlanOffering o = p.offering();
            savingsPlans.add(new SavingsPlanFact(
                    p.id(),
                    o.planType().awsName(),
                    o.years(),
                    o.paymentOption().awsName(),
                    p.commitment().doubleValue(),
                    o.family().orElse(""),
                    o.region().map(Region::id).orElse(""),
                    p.state(now)));
        }
        this.network = NetworkFacts.of(cloud.ec2World().region(Region.US_EAST_1), learner.id(), now);
        for (ApiCall c : cloud.apiCalls().calls()) {
            calls.add(new CallFact(
                    c.at().toString(),
                    c.account().value(),
                    c.service(),
                    c.operation(),
                    c.errorCode().orElse(""),
                    c.caller().surface().label(),
                    c.caller().accessKeyId(),
                    c.caller().sourceIpAddress(),
                    c.caller().userAgent()));
        }
    }

    private static boolean gone(Instance i) {
        return i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN;
    }

    private InstanceFact instance(Instance i, RegionalResources res) {
        Optional<Volume> root = i.blockDevices().stream()
                .filter(d -> d.deviceName().equals(i.rootDeviceName()))
                .findFirst()
                .flatMap(d -> res.volumes().stream()
                        .filter(v -> v.id().equals(d.volumeId()))
                        .findFirst());
        InstanceType t = i.type();
        List<String> services = i.state() == InstanceState.RUNNING
                ? i.guest().runningServices().keySet().stream().sorted().toList()
                : List.of();
        return new InstanceFact(
                i.id(),
                i.owner().value(),
                i.region().id(),
                i.availabilityZone(),
                i.state().awsName(),
                t.name(),
                t.family(),
                t.category().label(),
                t.memoryGib(),
                i.imageId(),
                i.publicIp().orElse(""),
                i.privateIp(),
                Map.copyOf(i.tags().asMap()),
                i.tags().get("Name").orElse(""),
                i.firstRunningAt().isPresent(),
                i.hibernated(),
                i.hibernationConfigured(),
                root.map(Volume::encrypted).orElse(false),
                root.map(Volume::sizeGib).orElse(0),
                i.disableApiTermination(),
                i.stateReason().map(r -> r.code()).orElse(""),
                i.spot().isPresent(),
                i.spot().map(s -> s.interruption().awsName()).orElse(""),
                i.tenancy().awsName(),
                i.hostId().orElse(""),
                services,
                i.userData().isPresent(),
                i.launchTime().toString(),
                i.monitoring().awsName(),
                CreditSpecifications.effective(i));
    }

    private static LaunchTemplateFact launchTemplate(LaunchTemplate t) {
        LaunchTemplate.Version byDefault = t.versions().stream()
                .filter(v -> v.number() == t.defaultVersion())
                .findFirst()
                .orElseThrow();
        LaunchTemplate.Version latest = t.versions().get(t.versions().size() - 1);
        return new LaunchTemplateFact(
                t.id(),
                t.name(),
                t.defaultVersion(),
                t.latestVersion(),
                t.versions().size(),
                byDefault.data().imageId().orElse(""),
                byDefault.data().instanceType().orElse(""),
                latest.data().instanceType().orElse(""));
    }

    private ImageFact image(Image image) {
        List<String> accounts = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> ous = new ArrayList<>();
        for (LaunchPermission p : image.launchPermissions().grants()) {
            if (p instanceof LaunchPermission.ForAccount a) {
                accounts.add(a.account().value());
            } else if (p instanceof LaunchPermission.ForOrganization o) {
                orgs.add(o.organizationArn());
            } else if (p instanceof LaunchPermission.ForOrganizationalUnit u) {
                ous.add(u.organizationalUnitArn());
            }
        }
        String source = "";
        boolean noReboot = false;
        if (image.origin() instanceof Image.FromInstance f) {
            source = f.instanceId();
            noReboot = f.noReboot();
        }
        return new ImageFact(
                image.id(),
                image.ownerId(),
                image.name(),
                image.description().orElse(""),
                image.state().awsName(),
                source,
                noReboot,
                image.launchPermissions().isPublic(),
                accounts,
                orgs,
                ous,
                image.deprecationTime().map(Instant::toString).orElse(""),
                image.isDeprecated(now),
                image.state().awsName().equals("disabled"),
                image.isDeregistered());
    }

    // --- what templates call ---------------------------------------------------------------------------------

    /** The learner's account id. */
    public String learner() {
        return learner;
    }

    /** The simulated time, ISO-8601. */
    public String now() {
        return now.toString();
    }

    /** {@code value}, or {@code fallback} when it is empty: {@code ${aws.or(captured.appId!"", "app-server")}}. */
    public String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The simulated time {@code seconds} from now, ISO-8601 (for a step's solution, e.g. a deprecation time). */
    public String nowPlus(long seconds) {
        return now.plusSeconds(seconds).toString();
    }

    /** The ARN of the learner's organization (AWS Organizations is not simulated, so lessons name it). */
    public String organizationArn() {
        return Accounts.ORGANIZATION.arn();
    }

    /** The teammate's account id (profile {@code teammate}). */
    public String teammate() {
        return Accounts.TEAMMATE.value();
    }

    /** Seconds from {@code isoInstant} to now (negative if it is in the future). */
    public long secondsSince(String isoInstant) {
        return Duration.between(Instant.parse(isoInstant), now).toSeconds();
    }

    /** Seconds from one ISO-8601 instant to another. */
    public long secondsBetween(String fromIso, String toIso) {
        return Duration.between(Instant.parse(fromIso), Instant.parse(toIso)).toSeconds();
    }

    /** The learner's instances, in launch order. */
    public List<InstanceFact> instances() {
        return instancesOf(learner);
    }

    public List<InstanceFact> instancesOf(String accountId) {
        return instances.stream().filter(i -> i.owner().equals(accountId)).toList();
    }

    /** The learner's instances with tag {@code key=value}. */
    public List<InstanceFact> instancesTagged(String key, String value) {
        return instances().stream().filter(i -> value.equals(i.tags().get(key))).toList();
    }

    /**
     * The learner's instance named {@code name} (its Name tag): the newest one not terminated, else the newest.
     */
    public InstanceFact instanceNamed(String name) {
        List<InstanceFact> named = instancesTagged("Name", name);
        return named.stream()
                .filter(i -> !i.gone())
                .reduce((a, b) -> b)
                .orElse(named.isEmpty() ? InstanceFact.NONE : named.get(named.size() - 1));
    }

    /** The instance with this id in any account. */
    public InstanceFact instance(String id) {
        return instances.stream().filter(i -> i.id().equals(id)).findFirst().orElse(InstanceFact.NONE);
    }

    /** AMIs owned by the learner, deregistered ones included. */
    public List<ImageFact> images() {
        return images.stream().filter(i -> i.owner().equals(learner)).toList();
    }

    /** The learner's newest AMI named {@code name} that is not deregistered, else the newest deregistered one. */
    public ImageFact imageNamed(String name) {
        List<ImageFact> named =
                images().stream().filter(i -> i.name().equals(name)).toList();
        return named.stream()
                .filter(i -> !i.deregistered())
                .reduce((a, b) -> b)
                .orElse(named.isEmpty() ? ImageFact.NONE : named.get(named.size() - 1));
    }

    /** The AMI with this id. */
    public ImageFact image(String id) {
        return images.stream().filter(i -> i.id().equals(id)).findFirst().orElse(ImageFact.NONE);
    }

    // --- EBS (StorageFacts) ------------------------------------------------------------------------------------

    /** The learner's volumes in every Region, deleting ones included, oldest first. */
    public List<StorageFacts.VolumeFact> volumes() {
        return storage.volumes();
    }

    public StorageFacts.VolumeFact volume(String id) {
        return volumes().stream().filter(v -> v.id().equals(id)).findFirst().orElse(StorageFacts.VolumeFact.NONE);
    }

    /** The learner's newest volume whose Name tag is {@code name}. */
    public StorageFacts.VolumeFact volumeNamed(String name) {
        return volumes().stream()
                .filter(v -> v.name().equals(name))
                .reduce((a, b) -> b)
                .orElse(StorageFacts.VolumeFact.NONE);
    }

    /** The volumes attached (or attaching) to {@code instanceId}, root included. */
    public List<StorageFacts.VolumeFact> volumesOf(String instanceId) {
        return volumes().stream().filter(v -> v.attachedTo().equals(instanceId)).toList();
    }

    /** The learner's snapshots in every Region, oldest first. */
    public List<StorageFacts.SnapshotFact> snapshots() {
        return storage.snapshots();
    }

    public StorageFacts.SnapshotFact snapshot(String id) {
        return snapshots().stream().filter(s -> s.id().equals(id)).findFirst().orElse(StorageFacts.SnapshotFact.NONE);
    }

    /** The learner's snapshots of volume {@code volumeId}, oldest first. */
    public List<StorageFacts.SnapshotFact> snapshotsOf(String volumeId) {
        return snapshots().stream().filter(s -> s.volumeId().equals(volumeId)).toList();
    }

    /** Whether EBS encryption by default is on for the learner in us-east-1. */
    public boolean ebsEncryptionByDefault() {
        return storage.encryptsByDefault(Region.US_EAST_1.id());
    }

    /** Whether EBS encryption by default is on for the learner in {@code region} (e.g. eu-west-1). */
    public boolean ebsEncryptionByDefaultIn(String region) {
        return storage.encryptsByDefault(region);
    }

    /** The public image an SSM parameter of Amazon's resolves to in us-east-1, e.g. {@code al2023-ami-kernel-default-x86_64}. */
    public String latestAmazonImage(String parameterName) {
        return cloud.transact(() -> cloud.ec2World().region(Region.US_EAST_1).images().stream()
                .filter(i -> i.publicSsmParameter()
                        .filter(p -> p.endsWith("/" + parameterName))
                        .isPresent())
                .map(Image::id)
                .findFirst()
                .orElse(""));
    }

    /** Every API call made in the cloud, oldest first. */
    public List<CallFact> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one operation (e.g. {@code TerminateInstances}) by the learner, oldest first. */
    public List<CallFact> calls(String operation) {
        return calls.stream()
                .filter(c -> c.account().equals(learner) && c.operation().equals(operation))
                .toList();
    }

    /** Whether the learner's account saw a successful {@code operation} made over HTTP (the local endpoint). */
    public boolean calledOverHttp(String operation) {
        return calls(operation).stream().anyMatch(c -> c.succeeded() && c.overHttp());
    }

    /**
     * The successful calls of {@code operation} in any account signed with {@code profile}'s documented access key
     * (over HTTP, or the session's own aws lines and Java acting as that profile), oldest first.
     */
    public List<CallFact> callsBy(String profile, String operation) {
        String keyId = accessKeyId(profile);
        return calls.stream()
                .filter(c -> c.operation().equals(operation)
                        && c.succeeded()
                        && c.accessKeyId().equals(keyId))
                .toList();
    }

    /** The documented access key id of a profile ({@code default}, {@code teammate}, {@code outsider}), else empty. */
    public String accessKeyId(String profile) {
        return AccessKeys.forProfile(profile).map(AccessKey::accessKeyId).orElse("");
    }

    /** Whether the learner's call of {@code operation} failed with {@code errorCode} at least once. */
    public boolean refused(String operation, String errorCode) {
        return calls(operation).stream().anyMatch(c -> c.errorCode().equals(errorCode));
    }

    public List<ReservationFact> reservedInstances() {
        return List.copyOf(reservations);
    }

    /**
     * What the learner's bill charges from its first charge until now for usage types starting with
     * {@code usageTypePrefix} ({@code "CPUCredits"}, {@code "EBS:VolumeP-IOPS"}, {@code "CW:"}, {@code ""} for all), in
     * USD. Read from the same bill as {@code %bill}, without recording a bill read.
     */
    public double billedUsd(String usageTypePrefix) {
        return cloud.transact(() -> {
            var world = cloud.ec2World();
            AccountId account = new AccountId(learner);
            return world.firstCharge(account)
                    .map(from -> world.bill(account, from, now).items().stream()
                            .filter(i -> i.usageType().startsWith(usageTypePrefix))
                            .mapToDouble(i -> i.costUsd().doubleValue())
                            .sum())
                    .orElse(0.0);
        });
    }

    /** The learner's Savings Plans, in the order they were bought. */
    public List<SavingsPlanFact> savingsPlans() {
        return List.copyOf(savingsPlans);
    }

    public List<HostFact> hosts() {
        return List.copyOf(hosts);
    }

    public List<CapacityFact> capacityReservations() {
        return List.copyOf(capacity);
    }

    /** The learner's key pairs, security groups and what reached their instances, in us-east-1. */
    public NetworkFacts network() {
        return network;
    }

    public List<CommandFact> commands() {
        return List.copyOf(commands);
    }

    /** The learner's launch templates, in every Region. */
    public List<LaunchTemplateFact> launchTemplates() {
        return List.copyOf(launchTemplates);
    }

    /** The learner's launch template named {@code name}; {@code id} is empty when there is none. */
    public LaunchTemplateFact launchTemplateNamed(String name) {
        return launchTemplates.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElse(new LaunchTemplateFact("", name, 0, 0, 0, "", "", ""));
    }

    /** The learner's Spot requests (RequestSpotInstances' and RunInstances' own), in every Region. */
    public List<SpotRequestFact> spotRequests() {
        return List.copyOf(spotRequests);
    }

    /** The learner's trails, in creation order (read when asked: S3 and CloudTrail load only when used). */
    public List<TrailFact> trails() {
        return cloud.transact(() -> cloud.trails().of(learnerId()).stream()
                .map(t ->
                        new TrailFact(t.name(), t.arn(), t.homeRegion().id(), t.bucket(), t.multiRegion(), t.logging()))
                .toList());
    }

    /** Whether one of the learner's trails is logging management events of {@code region}. */
    public boolean trailLogging(String region) {
        return Region.fromId(region)
                .map(r -> cloud.trailLogsManagementEvents(learnerId(), r))
                .orElse(false);
    }

    /** The learner's buckets by name, after due log deliveries (so a trail's files are there). */
    public List<BucketFact> buckets() {
        return cloud.transact(() -> {
            cloud.deliverTrailLogs();
            return cloud.s3Buckets().ownedBy(learnerId()).stream()
                    .map(b -> new BucketFact(
                            b.name(),
                            b.region().id(),
                            b.policy().isPresent(),
                            List.copyOf(b.objects().keySet())))
                    .toList();
        });
    }

    /** The learner's bucket called {@code name}, or null. */
    public BucketFact bucket(String name) {
        return buckets().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Whether CloudTrail event history (last 90 days, any Region) holds a management event {@code eventName} of the
     * learner's, e.g. {@code ModifyImageAttribute}.
     */
    public boolean eventRecorded(String eventName) {
        return eventRecorded(eventName, null);
    }

    /** The same, for an event that names {@code resourceName} (an id, a bucket name); null for any. */
    public boolean eventRecorded(String eventName, String resourceName) {
        Instant oldest = now.minus(EventHistory.WINDOW);
        for (ApiCallLog.Entry e : cloud.apiCalls().entries()) {
            ApiCall c = e.call();
            if (c.account().value().equals(learner)
                    && c.operation().equals(eventName)
                    && c.details().managementEvent()
                    && !c.at().isBefore(oldest)
                    && (resourceName == null
                            || TrailEvent.of(c, e.index(), cloud.seed()).resources().stream()
                                    .anyMatch(r -> r.name().equals(resourceName)))) {
                return true;
            }
        }
        return false;
    }

    private AccountId learnerId() {
        return new AccountId(learner);
    }

    /** CloudTrail event ids, EventBridge rules, SQS queues and AWS Config rules of the learner's. */
    public GovernanceFacts governance() {
        return new GovernanceFacts(cloud, learnerId(), now);
    }

    /** Whether the learner's image block public access is on (us-east-1). */
    public boolean blockPublicAccess() {
        return blockPublicAccess;
    }

    /** The instance type catalog, by name. */
    public List<TypeFact> types() {
        return cloud.transact(() -> cloud.ec2World().instanceTypes().all().stream()
                .sorted(Comparator.comparing(InstanceType::name))
                .map(t -> new TypeFact(
                        t.name(), t.family(), t.category().label(), t.vcpus(), t.memoryGib(), t.onDemandUsdPerHour()))
                .toList());
    }

    /** The type names of {@code category} with at least {@code minMemoryGib} that cost least per hour. */
    public List<String> cheapestTypes(String category, double minMemoryGib) {
        List<TypeFact> fitting = types().stream()
                .filter(t -> t.category().equals(category) && t.memoryGib() >= minMemoryGib)
                .toList();
        Optional<BigDecimal> least = fitting.stream().map(TypeFact::usdPerHour).min(BigDecimal::compareTo);
        return least.map(l -> fitting.stream()
                        .filter(t -> t.usdPerHour().compareTo(l) == 0)
                        .map(TypeFact::name)
                        .toList())
                .orElse(List.of());
    }
}
