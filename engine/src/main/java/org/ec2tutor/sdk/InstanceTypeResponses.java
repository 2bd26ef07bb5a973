package org.ec2tutor.sdk;

import java.util.List;
import org.ec2tutor.cloud.ec2.Architecture;
import org.ec2tutor.cloud.ec2.InstanceType;
import software.amazon.awssdk.services.ec2.model.DiskInfo;
import software.amazon.awssdk.services.ec2.model.EbsInfo;
import software.amazon.awssdk.services.ec2.model.InstanceStorageInfo;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.MemoryInfo;
import software.amazon.awssdk.services.ec2.model.NetworkInfo;
import software.amazon.awssdk.services.ec2.model.ProcessorInfo;
import software.amazon.awssdk.services.ec2.model.VCpuInfo;

/** Catalog entries to the SDK's {@code InstanceTypeInfo}, as DescribeInstanceTypes reports them. */
final class InstanceTypeResponses {

    private InstanceTypeResponses() {}

    static InstanceTypeInfo info(InstanceType t) {
        var b = InstanceTypeInfo.builder()
                .instanceType(t.name())
                .currentGeneration(true)
                .freeTierEligible(t.name().equals("t2.micro") || t.name().equals("t3.micro"))
                .supportedUsageClassesWithStrings(t.isMac() ? List.of("on-demand") : List.of("on-demand", "spot"))
                .supportedRootDeviceTypesWithStrings("ebs")
                .supportedVirtualizationTypesWithStrings("hvm")
                .bareMetal(t.bareMetal())
                .processorInfo(ProcessorInfo.builder()
                        .supportedArchitecturesWithStrings(t.architectures().stream()
                                .map(Architecture::awsName)
                                .toList())
                        .build())
                .vCpuInfo(vcpus(t))
                .ebsInfo(EbsInfo.builder()
                        // Nitro types are EBS-optimized by default and see EBS as NVMe; t2 (Xen) is neither.
                        .ebsOptimizedSupport(t.family().equals("t2") ? "unsupported" : "default")
                        .encryptionSupport("supported")
                        .nvmeSupport(t.nitro() ? "required" : "unsupported")
                        .build())
                .networkInfo(NetworkInfo.builder()
                        .networkPerformance(t.network().performance())
                        .maximumNetworkInterfaces(t.network().maxInterfaces())
                        .maximumNetworkCards(1)
                        .defaultNetworkCardIndex(0)
                        .ipv4AddressesPerInterface(t.network().ipv4PerInterface())
                        .ipv6AddressesPerInterface(t.network().ipv4PerInterface())
                        .ipv6Supported(true)
                        .enaSupport(t.family().equals("t2") ? "unsupported" : t.nitro() ? "required" : "supported")
                        .efaSupported(false)
                        .build())
                .memoryInfo(MemoryInfo.builder().sizeInMiB(t.memoryMib()).build())
                .instanceStorageSupported(t.instanceStore().isPresent())
                .burstablePerformanceSupported(t.burstable())
                .hibernationSupported(t.hibernationSupported())
                .dedicatedHostsSupported(!t.burstable())
                .autoRecoverySupported(t.instanceStore().isEmpty())
                .supportedBootModesWithStrings(
                        t.family().equals("t2") ? List.of("legacy-bios") : List.of("legacy-bios", "uefi"));
        t.hypervisor().ifPresent(b::hypervisor);
        t.instanceStore()
                .ifPresent(s -> b.instanceStorageInfo(InstanceStorageInfo.builder()
                        .totalSizeInGB((long) s.totalSizeGb())
                        .disks(DiskInfo.builder()
                                .sizeInGB((long) s.sizeGb())
                                .count(s.count())
                                .type(s.diskType())
                                .build())
                        .nvmeSupport(s.diskType().equals("ssd") ? "required" : "unsupported")
                        .build()));
        return b.build();
    }

    private static VCpuInfo vcpus(InstanceType t) {
        var b = VCpuInfo.builder()
                .defaultVCpus(t.vcpus())
                .defaultCores(t.vcpus() / t.threadsPerCore())
                .defaultThreadsPerCore(t.threadsPerCore());
        if (!t.validCores().isEmpty()) {
            b.validCores(t.validCores()).validThreadsPerCore(t.threadsPerCore() == 1 ? List.of(1) : List.of(1, 2));
        }
        return b.build();
    }
}
