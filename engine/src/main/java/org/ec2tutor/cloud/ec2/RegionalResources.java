package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.billing.CapacityReservation;
import org.ec2tutor.cloud.billing.ReservedInstance;

/**
 * Everything that exists in one Region, across all accounts: AMIs must be visible to the accounts they are shared
 * with, so they are stored once per Region with their owner, not per account. Insertion order is kept so listings
 * are deterministic.
 */
public final class RegionalResources {

    final Region region;
    final Map<String, Instance> instances = new LinkedHashMap<>();
    final Map<String, Image> images = new LinkedHashMap<>();
    final Map<String, Volume> volumes = new LinkedHashMap<>();
    final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    final Map<AccountId, Map<String, KeyPair>> keyPairs = new HashMap<>();
    final Map<AccountId, Boolean> blockPublicSharing = new HashMap<>();
    final Map<String, String> reservationsByClientToken = new HashMap<>();
    final Set<String> publicIpsInUse = new HashSet<>();
    /** Private addresses in use per subnet: each account's default subnets are separate /20 networks. */
    final Map<String, Set<String>> privateIpsBySubnet = new HashMap<>();

    final Set<String> exhaustedCapacity = new HashSet<>();
    final Map<String, RunCommand> commands = new LinkedHashMap<>();
    final List<ReservedInstance> reservedInstances = new ArrayList<>();
    final Map<String, CapacityReservation> capacityReservations = new LinkedHashMap<>();

    final Map<String, DedicatedHost> hosts = new LinkedHashMap<>();

    final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    final Map<String, Subnet> subnets = new LinkedHashMap<>();
    final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    final Map<String, ElasticIp> addresses = new LinkedHashMap<>();
    final Map<String, ProfileAssociation> profileAssociations = new LinkedHashMap<>();
    /** EBS encryption by default, per account (off unless enabled), and a default key set by ModifyEbsDefaultKmsKeyId. */
    final Set<AccountId> ebsEncryptionByDefault = new HashSet<>();

    final Map<AccountId, String> ebsDefaultKmsKeyIds = new HashMap<>();
    /** Block public access for snapshots per account: {@code block-all-sharing} or {@code block-new-sharing}. */
    final Map<AccountId, String> snapshotBlockPublicAccess = new HashMap<>();
    /** Every ModifyVolume of the Region in the order made, for DescribeVolumesModifications and the rate limit. */
    final List<VolumeModification> volumeModifications = new ArrayList<>();
    /** Accounts whose default VPC has been laid out here (it is made on first use, and may then be deleted). */
    final Set<AccountId> defaultNetworkLaidOut = new HashSet<>();

    // Launch templates and Spot requests (issue 22).
    final Map<String, LaunchTemplate> launchTemplates = new LinkedHashMap<>();
    final Map<String, SpotRequest> spotRequests = new LinkedHashMap<>();

    RegionalResources(Region region) {
        this.region = region;
    }

    public Region region() {
        return region;
    }

    // Read-only views for lesson checks and grading, which read state without making (and logging) API calls.

    public Collection<Instance> instances() {
        return Collections.unmodifiableCollection(instances.values());
    }

    /** Every image, deregistered ones included (AWS forgets them; a lesson may ask whether one was). */
    public Collection<Image> images() {
        return Collections.unmodifiableCollection(images.values());
    }

    public Collection<Volume> volumes() {
        return Collections.unmodifiableCollection(volumes.values());
    }

    /** Every snapshot of the Region, of every account (deleted ones are removed). */
    public Collection<Snapshot> snapshots() {
        return Collections.unmodifiableCollection(snapshots.values());
    }

    public List<VolumeModification> volumeModifications() {
        return Collections.unmodifiableList(volumeModifications);
    }

    /** Whether new EBS volumes of {@code account} here are encrypted without asking. */
    public boolean encryptsEbsByDefault(AccountId account) {
        return ebsEncryptionByDefault.contains(account);
    }

    public Collection<DedicatedHost> hosts() {
        return Collections.unmodifiableCollection(hosts.values());
    }

    public List<ReservedInstance> reservedInstances() {
        return Collections.unmodifiableList(reservedInstances);
    }

    public Collection<CapacityReservation> capacityReservations() {
        return Collections.unmodifiableCollection(capacityReservations.values());
    }

    public Collection<RunCommand> commands() {
        return Collections.unmodifiableCollection(commands.values());
    }

    /** {@code account}'s key pairs here, in creation order. */
    public Collection<KeyPair> keyPairs(AccountId account) {
        return Collections.unmodifiableCollection(
                keyPairs.getOrDefault(account, Map.of()).values());
    }

    public Collection<SecurityGroup> securityGroups() {
        return Collections.unmodifiableCollection(securityGroups.values());
    }

    /** Whether {@code account}'s image block public access is on here. */
    public boolean blocksPublicSharing(AccountId account) {
        return blockPublicSharing.getOrDefault(account, false);
    }

    public Collection<LaunchTemplate> launchTemplates() {
        return Collections.unmodifiableCollection(launchTemplates.values());
    }

    public Collection<SpotRequest> spotRequests() {
        return Collections.unmodifiableCollection(spotRequests.values());
    }
}
