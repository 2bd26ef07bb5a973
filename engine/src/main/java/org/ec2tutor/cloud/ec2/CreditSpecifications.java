package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * DescribeInstanceCreditSpecifications and ModifyInstanceCreditSpecification: the {@code standard} or
 * {@code unlimited} CPU credit option of burstable (T) instances. T2 launches as standard, T3/T3a/T4g as unlimited
 * (EC2 User Guide, "Burstable performance instances"). Credits are reckoned, and surplus credits of unlimited
 * instances charged, by {@link CpuCreditLedger} (docs/ec2-behaviour.md section 20).
 */
public final class CreditSpecifications {

    public static final String STANDARD = "standard";
    public static final String UNLIMITED = "unlimited";

    /** One instance's option. */
    public record Credit(String instanceId, String cpuCredits) {}

    /** An instance ModifyInstanceCreditSpecification could not change, with the API's per-item error. */
    public record Failure(String instanceId, String code, String message) {}

    /** What ModifyInstanceCreditSpecification did to each instance. */
    public record Modified(List<String> successful, List<Failure> unsuccessful) {}

    private final Ec2Context ctx;

    CreditSpecifications(Ec2Context ctx) {
        this.ctx = ctx;
    }

    /**
     * The named instances' options (a non-burstable one reports {@code standard}); none named: the instances whose
     * option is unlimited, as the API reference says.
     */
    public List<Credit> describe(List<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return new InstanceOperations(ctx)
                    .visible().stream()
                            .filter(i -> i.state() != InstanceState.TERMINATED)
                            .map(i -> new Credit(i.id(), effective(i)))
                            .filter(c -> c.cpuCredits().equals(UNLIMITED))
                            .toList();
        }
        return new InstanceOperations(ctx)
                .find(instanceIds).stream()
                        .map(i -> new Credit(i.id(), effective(i)))
                        .toList();
    }

    /** Each instance separately: a non-T instance or an unknown id fails alone, the others change. */
    public Modified modify(Map<String, String> creditsByInstance) {
        List<String> ok = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (Map.Entry<String, String> e : creditsByInstance.entrySet()) {
            String credits = e.getValue();
            if (!credits.equals(STANDARD) && !credits.equals(UNLIMITED)) {
                throw Ec2Errors.invalidValueFor(credits, "CpuCredits");
            }
            Optional<Instance> instance;
            try {
                instance = Optional.of(new InstanceOperations(ctx).describeOne(e.getKey()));
            } catch (AwsException notFound) {
                failed.add(new Failure(e.getKey(), notFound.code().code(), notFound.getMessage()));
                continue;
            }
            Instance i = instance.get();
            if (!i.type().burstable()) {
                AwsException refused =
                        Ec2Errors.creditSpecificationNotSupported(i.type().name());
                failed.add(new Failure(i.id(), refused.code().code(), refused.getMessage()));
            } else if (i.state() == InstanceState.TERMINATED || i.state() == InstanceState.SHUTTING_DOWN) {
                AwsException refused = Ec2Errors.incorrectInstanceStateForAddress(i.id());
                failed.add(new Failure(i.id(), refused.code().code(), refused.getMessage()));
            } else {
                i.setCpuCredits(credits);
                if (i.state() == InstanceState.RUNNING || i.state() == InstanceState.PENDING) {
                    ctx.world().creditsMode(i, ctx.now());
                }
                ok.add(i.id());
            }
        }
        return new Modified(ok, failed);
    }

    /** The option in force: the one set, else the family's default; non-burstable types report standard. */
    public static String effective(Instance i) {
        if (!i.type().burstable()) {
            return STANDARD;
        }
        return i.cpuCredits().orElse(i.type().family().equals("t2") ? STANDARD : UNLIMITED);
    }

    /** RunInstances with a credit specification: only T types take one. */
    static void checkAtLaunch(Ec2Context ctx, LaunchRequest request, String credits) {
        if (!credits.equals(STANDARD) && !credits.equals(UNLIMITED)) {
            throw Ec2Errors.invalidValueFor(credits, "CpuCredits");
        }
        request.instanceType()
                .flatMap(ctx.world().types::find)
                .filter(t -> !t.burstable())
                .ifPresent(t -> {
                    throw Ec2Errors.creditSpecificationNotSupported(t.name());
                });
    }
}
