package org.ec2tutor.cloud.ec2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ec2tutor.cloud.error.Ec2Errors;

/**
 * CreateLaunchTemplate, CreateLaunchTemplateVersion, DescribeLaunchTemplates, DescribeLaunchTemplateVersions,
 * ModifyLaunchTemplate, DeleteLaunchTemplate, DeleteLaunchTemplateVersions, and RunInstances from a template
 * (docs/ec2-behaviour.md section 20, "Launch templates").
 */
public final class LaunchTemplateOperations {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");
    private static final Pattern ID = Pattern.compile("lt-[0-9a-f]{8,17}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    /** How a request names a template and one of its versions ({@code LaunchTemplateSpecification}). */
    public record Ref(Optional<String> id, Optional<String> name, Optional<String> version) {

        public static Ref of(Optional<String> id, Optional<String> name) {
            return new Ref(id, name, Optional.empty());
        }
    }

    /** One version of one template, as the describe calls report it. */
    public record TemplateVersion(LaunchTemplate template, LaunchTemplate.Version version) {

        public boolean isDefault() {
            return template.defaultVersion() == version.number();
        }
    }

    /** A version DeleteLaunchTemplateVersions could not delete, with the API's per-item error code. */
    public record Failed(long version, String code, String message) {}

    /** What DeleteLaunchTemplateVersions did to each version asked for. */
    public record Deleted(LaunchTemplate template, List<Long> deleted, List<Failed> failed) {}

    private final Ec2Context ctx;

    LaunchTemplateOperations(Ec2Context ctx) {
        this.ctx = ctx;
    }

    public TemplateVersion create(
            String name, Optional<String> description, Optional<LaunchTemplateData> data, Map<String, String> tags) {
        if (!NAME.matcher(name).matches()) {
            throw Ec2Errors.launchTemplateNameMalformed();
        }
        LaunchTemplateData given = data.orElseThrow(Ec2Errors::launchTemplateDataMissing);
        if (mine().stream().anyMatch(t -> t.name().equals(name))) {
            throw Ec2Errors.launchTemplateNameInUse();
        }
        LaunchTemplate template = new LaunchTemplate(
                ctx.world().ids.resourceId("lt"),
                name,
                ctx.caller().id(),
                ctx.now(),
                "arn:aws:iam::" + ctx.caller().id().value() + ":root");
        LaunchTemplate.Version v = template.addVersion(description, ctx.now(), given);
        tags.forEach(template.tags()::put);
        ctx.resources().launchTemplates.put(template.id(), template);
        return new TemplateVersion(template, v);
    }

    /**
     * A new version: with {@code sourceVersion} it starts from that version's parameters and {@code data} overrides
     * them; without, it holds only {@code data}.
     */
    public TemplateVersion createVersion(
            Ref ref, Optional<String> sourceVersion, Optional<String> description, LaunchTemplateData data) {
        LaunchTemplate template = find(ref);
        LaunchTemplateData base =
                sourceVersion.map(s -> version(template, s).data()).orElse(LaunchTemplateData.EMPTY);
        return new TemplateVersion(template, template.addVersion(description, ctx.now(), base.overriddenBy(data)));
    }

    /** The caller's templates: those named (each must exist), else all, in creation order. */
    public List<LaunchTemplate> describe(List<String> ids, List<String> names) {
        if (ids.isEmpty() && names.isEmpty()) {
            return mine();
        }
        List<LaunchTemplate> out = new ArrayList<>();
        ids.forEach(id -> out.add(find(Ref.of(Optional.of(id), Optional.empty()))));
        names.forEach(n -> out.add(find(Ref.of(Optional.empty(), Optional.of(n)))));
        return out;
    }

    /**
     * The versions asked for ({@code $Latest}, {@code $Default} or numbers; none means all, oldest first), within
     * {@code min}..{@code max} when given. Without a template only {@code $Latest}/{@code $Default} of every template.
     */
    public List<TemplateVersion> describeVersions(
            Optional<Ref> ref, List<String> versions, Optional<String> min, Optional<String> max) {
        List<TemplateVersion> out = new ArrayList<>();
        if (ref.isEmpty()) {
            for (LaunchTemplate t : mine()) {
                for (String v : versions) {
                    if (!v.equals("$Latest") && !v.equals("$Default")) {
                        throw Ec2Errors.launchTemplateNotNamed();
                    }
                    out.add(new TemplateVersion(t, version(t, v)));
                }
            }
            return out;
        }
        LaunchTemplate template = find(ref.get());
        if (!versions.isEmpty()) {
            Map<Long, TemplateVersion> unique = new LinkedHashMap<>();
            for (String v : versions) {
                LaunchTemplate.Version found = version(template, v);
                unique.putIfAbsent(found.number(), new TemplateVersion(template, found));
            }
            return new ArrayList<>(unique.values());
        }
        long low = min.map(m -> number(template, m)).orElse(Long.MIN_VALUE);
        long high = max.map(m -> number(template, m)).orElse(Long.MAX_VALUE);
        for (LaunchTemplate.Version v : template.versions()) {
            if (v.number() >= low && v.number() <= high) {
                out.add(new TemplateVersion(template, v));
            }
        }
        return out;
    }

    /** ModifyLaunchTemplate: makes {@code version} the default. */
    public LaunchTemplate setDefaultVersion(Ref ref, String version) {
        LaunchTemplate template = find(ref);
        template.setDefaultVersion(version(template, version).number());
        return template;
    }

    /** DeleteLaunchTemplate: the template and all its versions. */
    public LaunchTemplate delete(Ref ref) {
        LaunchTemplate template = find(ref);
        ctx.resources().launchTemplates.remove(template.id());
        return template;
    }

    /** DeleteLaunchTemplateVersions: each version separately; the default version cannot be deleted. */
    public Deleted deleteVersions(Ref ref, List<String> versions) {
        LaunchTemplate template = find(ref);
        List<Long> deleted = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (String v : versions) {
            long number = NUMBER.matcher(v).matches() ? Long.parseLong(v) : -1;
            if (template.version(number).isEmpty()) {
                failed.add(new Failed(
                        number, "launchTemplateVersionDoesNotExist", "Could not find launch template version"));
            } else if (number == template.defaultVersion()) {
                failed.add(new Failed(
                        number,
                        "unexpectedError",
                        Ec2Errors.cannotDeleteDefaultVersion().getMessage()));
            } else {
                template.removeVersion(number);
                deleted.add(number);
            }
        }
        return new Deleted(template, deleted, failed);
    }

    /**
     * RunInstances: the template version's parameters (if a template is named) with the request's own on top, each
     * request parameter replacing the template's; then the launch as without a template. Monitoring and credit
     * specification are applied to the launched instances.
     */
    public Reservation run(Optional<Ref> ref, LaunchTemplateData given, int min, int max, Optional<String> token) {
        return run(ref, given, min, max, token, PrivateAddresses.NONE);
    }

    /** The same, each instance's primary interface with the private addresses asked for. */
    public Reservation run(
            Optional<Ref> ref,
            LaunchTemplateData given,
            int min,
            int max,
            Optional<String> token,
            PrivateAddresses addresses) {
        LaunchTemplateData merged = ref.map(r -> {
                    LaunchTemplate t = find(r);
                    return version(t, r.version().orElse("$Default")).data();
                })
                .orElse(LaunchTemplateData.EMPTY)
                .overriddenBy(given);
        LaunchRequest request = merged.toLaunchRequest(min, max, token).withPrivateAddresses(addresses);
        merged.cpuCredits().ifPresent(c -> CreditSpecifications.checkAtLaunch(ctx, request, c));
        Reservation reservation = new Launcher(ctx).launch(request);
        for (Instance i : reservation.instances()) {
            merged.cpuCredits().ifPresent(i::setCpuCredits);
            if (merged.monitoring().orElse(false)) {
                MonitoringOperations.enable(ctx.world(), i, ctx.now());
            }
        }
        return reservation;
    }

    /** The template a request names, by id or by name, owned by the caller. */
    public LaunchTemplate find(Ref ref) {
        if (ref.id().isPresent() && ref.name().isPresent()) {
            throw Ec2Errors.launchTemplateIdAndName();
        }
        if (ref.id().isPresent()) {
            String id = ref.id().get();
            if (!ID.matcher(id).matches()) {
                throw Ec2Errors.launchTemplateIdMalformed(id);
            }
            return mine().stream()
                    .filter(t -> t.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> Ec2Errors.launchTemplateIdNotFound(id));
        }
        String name = ref.name().orElseThrow(Ec2Errors::launchTemplateNotNamed);
        if (!NAME.matcher(name).matches()) {
            throw Ec2Errors.launchTemplateNameMalformed();
        }
        return mine().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> Ec2Errors.launchTemplateNameNotFound(name));
    }

    private static LaunchTemplate.Version version(LaunchTemplate template, String specifier) {
        return template.version(number(template, specifier))
                .orElseThrow(() -> Ec2Errors.launchTemplateVersionNotFound(specifier, template.id()));
    }

    private static long number(LaunchTemplate template, String specifier) {
        if (specifier.equals("$Latest")) {
            return template.latestVersion();
        }
        if (specifier.equals("$Default")) {
            return template.defaultVersion();
        }
        if (!NUMBER.matcher(specifier).matches()) {
            throw Ec2Errors.launchTemplateVersionNotFound(specifier, template.id());
        }
        return Long.parseLong(specifier);
    }

    private List<LaunchTemplate> mine() {
        return ctx.resources().launchTemplates.values().stream()
                .filter(t -> t.owner().equals(ctx.caller().id()))
                .toList();
    }
}
