package org.ec2tutor.cloud.ec2;

import java.util.List;
import java.util.Optional;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * Launch parameters that may each be absent: a launch template version's {@code LaunchTemplateData}, a Spot
 * request's {@code LaunchSpecification}, or what a RunInstances call itself gave. An empty list means "not given".
 * RunInstances merges them per top-level parameter: a parameter the request gives replaces the template's
 * (docs/ec2-behaviour.md section 20, "Launch templates").
 */
public record LaunchTemplateData(
        Optional<String> imageId,
        Optional<String> instanceType,
        Optional<String> keyName,
        Optional<String> userData,
        List<TagSpecification> tagSpecifications,
        Optional<Boolean> hibernationConfigured,
        List<LaunchDevice> blockDevices,
        Optional<Boolean> disableApiTermination,
        Optional<Boolean> disableApiStop,
        Optional<String> shutdownBehavior,
        Optional<String> availabilityZone,
        Optional<SpotOptions.Requested> market,
        Optional<String> tenancy,
        Optional<String> hostId,
        Optional<String> subnetId,
        List<String> securityGroupIds,
        List<String> securityGroupNames,
        Optional<Boolean> associatePublicIp,
        Optional<Boolean> monitoring,
        Optional<String> cpuCredits) {

    public LaunchTemplateData {
        tagSpecifications = List.copyOf(tagSpecifications);
        blockDevices = List.copyOf(blockDevices);
        securityGroupIds = List.copyOf(securityGroupIds);
        securityGroupNames = List.copyOf(securityGroupNames);
    }

    /** Nothing given. */
    public static final LaunchTemplateData EMPTY = new LaunchTemplateData(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    /** These parameters, each replaced by {@code over}'s where {@code over} gives it. */
    public LaunchTemplateData overriddenBy(LaunchTemplateData over) {
        return new LaunchTemplateData(
                over.imageId.or(() -> imageId),
                over.instanceType.or(() -> instanceType),
                over.keyName.or(() -> keyName),
                over.userData.or(() -> userData),
                over.tagSpecifications.isEmpty() ? tagSpecifications : over.tagSpecifications,
                over.hibernationConfigured.or(() -> hibernationConfigured),
                over.blockDevices.isEmpty() ? blockDevices : over.blockDevices,
                over.disableApiTermination.or(() -> disableApiTermination),
                over.disableApiStop.or(() -> disableApiStop),
                over.shutdownBehavior.or(() -> shutdownBehavior),
                over.availabilityZone.or(() -> availabilityZone),
                over.market.or(() -> market),
                over.tenancy.or(() -> tenancy),
                over.hostId.or(() -> hostId),
                over.subnetId.or(() -> subnetId),
                over.securityGroupIds.isEmpty() ? securityGroupIds : over.securityGroupIds,
                over.securityGroupNames.isEmpty() ? securityGroupNames : over.securityGroupNames,
                over.associatePublicIp.or(() -> associatePublicIp),
                over.monitoring.or(() -> monitoring),
                over.cpuCredits.or(() -> cpuCredits));
    }

    /** The same parameters without any market options (a Spot request supplies its own). */
    LaunchTemplateData withMarket(Optional<SpotOptions.Requested> requested) {
        return new LaunchTemplateData(
                imageId,
                instanceType,
                keyName,
                userData,
                tagSpecifications,
                hibernationConfigured,
                blockDevices,
                disableApiTermination,
                disableApiStop,
                shutdownBehavior,
                availabilityZone,
                requested,
                tenancy,
                hostId,
                subnetId,
                securityGroupIds,
                securityGroupNames,
                associatePublicIp,
                monitoring,
                cpuCredits);
    }

    /** The launch these parameters ask for; ImageId must come from the request or the template. */
    public LaunchRequest toLaunchRequest(int minCount, int maxCount, Optional<String> clientToken) {
        return new LaunchRequest(
                imageId.orElseThrow(() -> Ec2Errors.missingParameter("ImageId")),
                instanceType,
                minCount,
                maxCount,
                keyName,
                userData.filter(s -> !s.isEmpty()),
                tagSpecifications,
                hibernationConfigured.orElse(false),
                blockDevices,
                disableApiTermination.orElse(false),
                disableApiStop.orElse(false),
                shutdownBehavior,
                availabilityZone,
                clientToken,
                market,
                tenancy,
                hostId,
                new LaunchRequest.Network(subnetId, securityGroupIds, securityGroupNames, associatePublicIp));
    }
}
