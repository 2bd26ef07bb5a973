package org.ec2tutor.cloud.config;

import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.AccountId;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.Ec2World;
import org.ec2tutor.cloud.ec2.Instance;

/** Config's configuration items of EC2 instances, read from the EC2 world as it is when a rule evaluates. */
public final class Ec2Items implements ConfigRules.Items {

    private final Ec2World ec2;

    public Ec2Items(Ec2World ec2) {
        this.ec2 = ec2;
    }

    @Override
    public List<ConfigurationItem> instances(AccountId account, Region region) {
        return ec2.region(region).instances().stream()
                .filter(i -> i.owner().equals(account))
                .map(i -> item(i, region))
                .toList();
    }

    @Override
    public ConfigurationItem instance(AccountId account, Region region, String instanceId) {
        return ec2.region(region).instances().stream()
                .filter(i -> i.owner().equals(account) && i.id().equals(instanceId))
                .findFirst()
                .map(i -> item(i, region))
                .orElseGet(() -> ConfigurationItem.deleted(instanceId));
    }

    /** A terminated instance is a deleted resource to Config. */
    private ConfigurationItem item(Instance i, Region region) {
        if (i.state().awsName().equals("terminated")) {
            return ConfigurationItem.deleted(i.id());
        }
        Map<String, String> imageTags = ec2.region(region).images().stream()
                .filter(img -> img.id().equals(i.imageId()))
                .findFirst()
                .map(img -> img.tags().asMap())
                .orElse(Map.of());
        return new ConfigurationItem(
                i.id(),
                false,
                i.state().awsName(),
                i.imageId(),
                imageTags,
                i.tags().asMap(),
                i.publicIp());
    }
}
