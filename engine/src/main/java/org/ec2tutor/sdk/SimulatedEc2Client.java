package org.ec2tutor.sdk;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.CapacityReservationOperations;
import org.ec2tutor.cloud.ec2.Ec2Api;
import org.ec2tutor.cloud.ec2.HostOperations;
import org.ec2tutor.cloud.ec2.Image;
import org.ec2tutor.cloud.ec2.ImageRequests;
import org.ec2tutor.cloud.ec2.LaunchTemplateOperations;
import org.ec2tutor.cloud.ec2.MetadataOptions;
import org.ec2tutor.cloud.ec2.MetadataOptionsOperations;
import org.ec2tutor.cloud.ec2.MonitoringOperations;
import org.ec2tutor.cloud.ec2.Page;
import org.ec2tutor.cloud.ec2.ReservedInstanceOperations;
import org.ec2tutor.cloud.ec2.SecurityGroupOperations;
import org.ec2tutor.cloud.ec2.SnapshotOperations;
import org.ec2tutor.cloud.ec2.SpotRequestOperations;
import org.ec2tutor.cloud.ec2.TagOperations;
import org.ec2tutor.cloud.ec2.Volume;
import org.ec2tutor.cloud.ec2.VolumeOperations;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.*;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;

/**
 * The real {@link Ec2Client} interface over the simulated cloud, for one account in one Region. Every operation
 * overridden here is simulated. Obtain clients through {@link #create}, which also turns the SDK's
 * {@code UnsupportedOperationException} for every other EC2 operation into an {@link Ec2Exception} whose code is
 * {@code OperationNotSimulated}. Errors are always {@code Ec2Exception}s with AWS's code and message; a failing call
 * changes nothing. {@code DryRun} answers {@code DryRunOperation} on every operation.
 *
 * <p>Thread-safe: calls are serialised by the {@link Cloud}.
 */
public final class SimulatedEc2Client implements Ec2Client {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedEc2Client(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    /** A client for {@code account} in {@code region} of {@code cloud}, as Java calls it. */
    public static Ec2Client create(Cloud cloud, Account account, Region region) {
        return create(cloud, account, region, Caller.Surface.JAVA);
    }

    /**
     * A client whose calls are recorded as made through {@code surface} with the account's keys, unless the thread
     * has a {@link CallerContext} scope open.
     */
    public static Ec2Client create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                new SimulatedEc2Client(cloud, account, region, InProcessCallers.of(surface, account)), cloud);
    }

    public Account account() {
        return account;
    }

    public Region region() {
        return region;
    }

    public Cloud cloud() {
        return cloud;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    @Override
    public Ec2Waiter waiter() {
        return new SimulatedEc2Waiter(this, cloud);
    }

    /** Runs one operation: DryRun first, then the body inside a cloud transaction; records it in the API log. */
    private <T> T call(String operation, SdkRequest request, Function<Ec2Api, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            try {
                if (!cloud.ec2World().regionOptIns().enabled(account.id(), region, at)) {
                    throw Ec2Errors.regionNotEnabled();
                }
                if (request.getValueForField("DryRun", Boolean.class).orElse(false)) {
                    throw Ec2Errors.dryRun();
                }
                T result = body.apply(cloud.ec2(account, region));
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "ec2",
                                operation,
                                Optional.empty(),
                                caller(),
                                TrailPayloads.succeeded(TrailPayloads.Style.QUERY, operation, request, result, true)));
                return result;
            } catch (AwsException e) {
                String requestId = cloud.newRequestId();
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "ec2",
                                operation,
                                Optional.of(e.code().code()),
                                caller(),
                                TrailPayloads.failed(TrailPayloads.Style.QUERY, request, e, requestId, true)));
                throw Ec2Exceptions.of(e, requestId);
            } catch (RuntimeException e) {
                if (e instanceof Ec2Exception) {
                    throw e;
                }
                throw Ec2Exceptions.internal(e, cloud.newRequestId());
            }
        });
    }

    /** Who this call is recorded as made by: the endpoint's request, else this client's own surface. */
    private Caller caller() {
        return CallerContext.current().orElse(caller);
    }

    // --- instances -----------------------------------------------------------------------------------------

    @Override
    public RunInstancesResponse runInstances(RunInstancesRequest r) {
        return call("RunInstances", r, api -> {
            MetadataOptions.Change imds = MetadataOptionsRequests.launch(r.metadataOptions());
            MetadataOptionsOperations.validate(imds);
            var profile = api.instanceProfiles()
                    .resolve(
                            Optional.ofNullable(r.iamInstanceProfile()).map(p -> p.name()),
                            Optional.ofNullable(r.iamInstanceProfile()).map(p -> p.arn()));
            // A named launch template's version gives the parameters the request does not (issue 22).
            int min = r.minCount() == null ? 1 : r.minCount();
            var reservation = api.launchTemplates()
                    .run(
                            LaunchTemplateRequests.templateOf(r),
                            LaunchTemplateRequests.given(r),
                            min,
                            r.maxCount() == null ? min : r.maxCount(),
                            Optional.ofNullable(r.clientToken()),
                            LaunchTemplateRequests.privateAddresses(r));
            api.metadataOptions().applyAtLaunch(reservation.instances(), imds);
            api.profileAssociations().applyAtLaunch(reservation.instances(), profile);
            var sdk = InstanceResponses.reservation(reservation.id(), reservation.instances(), volumes(api));
            return RunInstancesResponse.builder()
                    .reservationId(sdk.reservationId())
                    .ownerId(sdk.ownerId())
                    .groups(sdk.groups())
                    .instances(sdk.instances())
                    .build();
        });
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest r) {
        return call("DescribeInstances", r, api -> {
            var page = api.instances()
                    .describe(
                            r.instanceIds(),
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            return DescribeInstancesResponse.builder()
                    .reservations(InstanceResponses.reservations(page.items(), volumes(api)))
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeInstanceStatusResponse describeInstanceStatus(DescribeInstanceStatusRequest r) {
        return call("DescribeInstanceStatus", r, api -> {
            var page = api.instances()
                    .describeStatus(
                            r.instanceIds(),
                            Ec2Requests.filters(r.filters()),
                            Boolean.TRUE.equals(r.includeAllInstances()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            Instant now = cloud.now();
            return DescribeInstanceStatusResponse.builder()
                    .instanceStatuses(page.items().stream()
                            .map(i -> InstanceResponses.status(i, now))
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public StartInstancesResponse startInstances(StartInstancesRequest r) {
        return call(
                "StartInstances",
                r,
                api -> StartInstancesResponse.builder()
                        .startingInstances(api.instances().start(r.instanceIds()).stream()
                                .map(InstanceResponses::change)
                                .toList())
                        .build());
    }

    @Override
    public StopInstancesResponse stopInstances(StopInstancesRequest r) {
        return call(
                "StopInstances",
                r,
                api -> StopInstancesResponse.builder()
                        .stoppingInstances(api
                                .instances()
                                .stop(
                                        r.instanceIds(),
                                        Boolean.TRUE.equals(r.hibernate()),
                                        Boolean.TRUE.equals(r.force()))
                                .stream()
                                .map(InstanceResponses::change)
                                .toList())
                        .build());
    }

    @Override
    public RebootInstancesResponse rebootInstances(RebootInstancesRequest r) {
        return call("RebootInstances", r, api -> {
            api.instances().reboot(r.instanceIds());
            return RebootInstancesResponse.builder().build();
        });
    }

    @Override
    public TerminateInstancesResponse terminateInstances(TerminateInstancesRequest r) {
        return call(
                "TerminateInstances",
                r,
                api -> TerminateInstancesResponse.builder()
                        .terminatingInstances(api.instances().terminate(r.instanceIds()).stream()
                                .map(InstanceResponses::change)
                                .toList())
                        .build());
    }

    @Override
    public ModifyInstanceAttributeResponse modifyInstanceAttribute(ModifyInstanceAttributeRequest r) {
        return call("ModifyInstanceAttribute", r, api -> {
            api.instances().modify(r.instanceId(), InstanceAttributeRequests.change(r));
            return ModifyInstanceAttributeResponse.builder().build();
        });
    }

    @Override
    public DescribeInstanceAttributeResponse describeInstanceAttribute(DescribeInstanceAttributeRequest r) {
        return call(
                "DescribeInstanceAttribute",
                r,
                api -> InstanceAttributeRequests.describe(
                        api.instances().describeOne(r.instanceId()), r.attributeAsString(), volumes(api)));
    }

    @Override
    public GetConsoleOutputResponse getConsoleOutput(GetConsoleOutputRequest r) {
        return call("GetConsoleOutput", r, api -> {
            var instance = api.instances().describeOne(r.instanceId());
            var guest = instance.guest();
            var b = GetConsoleOutputResponse.builder().instanceId(instance.id());
            if (guest.consoleUpdatedAt().isPresent()) {
                String text = String.join("\n", guest.consoleLog()) + "\n";
                b.output(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
                        .timestamp(guest.consoleUpdatedAt().get());
            }
            return b.build();
        });
    }

    // --- tags, key pairs, instance types, Regions ------------------------------------------------------------

    @Override
    public CreateTagsResponse createTags(CreateTagsRequest r) {
        return call("CreateTags", r, api -> {
            api.tags().create(r.resources(), Ec2Requests.tagMap(r.tags()));
            return CreateTagsResponse.builder().build();
        });
    }

    @Override
    public DeleteTagsResponse deleteTags(DeleteTagsRequest r) {
        return call("DeleteTags", r, api -> {
            api.tags()
                    .delete(
                            r.resources(),
                            r.tags().stream()
                                    .map(t -> new TagOperations.TagKey(t.key(), Optional.ofNullable(t.value())))
                                    .toList());
            return DeleteTagsResponse.builder().build();
        });
    }

    @Override
    public DescribeTagsResponse describeTags(DescribeTagsRequest r) {
        return call("DescribeTags", r, api -> {
            var page = api.tags()
                    .describe(
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            return DescribeTagsResponse.builder()
                    .tags(page.items().stream()
                            .map(t -> TagDescription.builder()
                                    .resourceId(t.resourceId())
                                    .resourceType(t.resourceType())
                                    .key(t.key())
                                    .value(t.value())
                                    .build())
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest r) {
        return call("CreateKeyPair", r, api -> {
            var created = api.keyPairs()
                    .create(
                            r.keyName(),
                            Optional.ofNullable(r.keyTypeAsString()),
                            Optional.ofNullable(r.keyFormatAsString()));
            Ec2Requests.tagSpecifications(r.tagSpecifications()).stream()
                    .filter(s -> s.resourceType().equals("key-pair"))
                    .forEach(s -> s.tags().forEach(created.keyPair().tags()::put));
            return CreateKeyPairResponse.builder()
                    .keyName(created.keyPair().name())
                    .keyPairId(created.keyPair().id())
                    .keyFingerprint(created.keyPair().fingerprint())
                    .keyMaterial(created.material())
                    .tags(InstanceResponses.tags(created.keyPair().tags()))
                    .build();
        });
    }

    @Override
    public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest r) {
        return call("ImportKeyPair", r, api -> {
            if (r.publicKeyMaterial() == null) {
                throw Ec2Errors.missingParameter("PublicKeyMaterial");
            }
            var pair =
                    api.keyPairs().importKey(r.keyName(), r.publicKeyMaterial().asByteArray());
            Ec2Requests.tagSpecifications(r.tagSpecifications()).stream()
                    .filter(s -> s.resourceType().equals("key-pair"))
                    .forEach(s -> s.tags().forEach(pair.tags()::put));
            return ImportKeyPairResponse.builder()
                    .keyName(pair.name())
                    .keyPairId(pair.id())
                    .keyFingerprint(pair.fingerprint())
                    .tags(InstanceResponses.tags(pair.tags()))
                    .build();
        });
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest r) {
        boolean withPublicKey = Boolean.TRUE.equals(r.includePublicKey());
        return call(
                "DescribeKeyPairs",
                r,
                api -> DescribeKeyPairsResponse.builder()
                        .keyPairs(
                                api
                                        .keyPairs()
                                        .describe(r.keyNames(), r.keyPairIds(), Ec2Requests.filters(r.filters()))
                                        .stream()
                                        .map(k -> KeyPairInfo.builder()
                                                .keyName(k.name())
                                                .keyPairId(k.id())
                                                .keyFingerprint(k.fingerprint())
                                                .keyType(k.keyType())
                                                .createTime(k.createTime())
                                                .tags(InstanceResponses.tags(k.tags()))
                                                .publicKey(withPublicKey ? k.publicKey() : null)
                                                .build())
                                        .toList())
                        .build());
    }

    @Override
    public DeleteKeyPairResponse deleteKeyPair(DeleteKeyPairRequest r) {
        return call("DeleteKeyPair", r, api -> {
            var id = api.keyPairs().delete(Optional.ofNullable(r.keyName()), Optional.ofNullable(r.keyPairId()));
            return DeleteKeyPairResponse.builder()
                    .returnValue(true)
                    .keyPairId(id.orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeSpotPriceHistoryResponse describeSpotPriceHistory(DescribeSpotPriceHistoryRequest r) {
        return call("DescribeSpotPriceHistory", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            var page = api.spotPriceHistory(
                    r.instanceTypesAsStrings(),
                    r.productDescriptions(),
                    Optional.ofNullable(r.availabilityZone()),
                    Optional.ofNullable(r.startTime()),
                    Optional.ofNullable(r.endTime()),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeSpotPriceHistoryResponse.builder()
                    .spotPriceHistory(page.items().stream()
                            .map(p -> SpotPrice.builder()
                                    .availabilityZone(p.zone())
                                    .instanceType(p.instanceType())
                                    .productDescription("Linux/UNIX")
                                    .spotPrice(p.price().setScale(6).toPlainString())
                                    .timestamp(p.since())
                                    .build())
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    // --- launch templates (issue 22) -------------------------------------------------------------------------

    @Override
    public CreateLaunchTemplateResponse createLaunchTemplate(CreateLaunchTemplateRequest r) {
        return call("CreateLaunchTemplate", r, api -> {
            if (r.launchTemplateName() == null) {
                throw Ec2Errors.missingParameter("LaunchTemplateName");
            }
            Map<String, String> tags = new LinkedHashMap<>();
            r.tagSpecifications().stream()
                    .filter(s -> "launch-template".equals(s.resourceTypeAsString()))
                    .forEach(s -> tags.putAll(Ec2Requests.tagMap(s.tags())));
            var created = api.launchTemplates()
                    .create(
                            r.launchTemplateName(),
                            Optional.ofNullable(r.versionDescription()),
                            Optional.ofNullable(r.launchTemplateData()).map(LaunchTemplateRequests::of),
                            tags);
            return CreateLaunchTemplateResponse.builder()
                    .launchTemplate(LaunchTemplateResponses.template(created.template()))
                    .build();
        });
    }

    @Override
    public CreateLaunchTemplateVersionResponse createLaunchTemplateVersion(CreateLaunchTemplateVersionRequest r) {
        return call("CreateLaunchTemplateVersion", r, api -> {
            if (r.launchTemplateData() == null) {
                throw Ec2Errors.missingParameter("LaunchTemplateData");
            }
            var created = api.launchTemplates()
                    .createVersion(
                            LaunchTemplateOperations.Ref.of(
                                    Optional.ofNullable(r.launchTemplateId()),
                                    Optional.ofNullable(r.launchTemplateName())),
                            Optional.ofNullable(r.sourceVersion()),
                            Optional.ofNullable(r.versionDescription()),
                            LaunchTemplateRequests.of(r.launchTemplateData()));
            return CreateLaunchTemplateVersionResponse.builder()
                    .launchTemplateVersion(LaunchTemplateResponses.version(created))
                    .build();
        });
    }

    @Override
    public DescribeLaunchTemplatesResponse describeLaunchTemplates(DescribeLaunchTemplatesRequest r) {
        return call("DescribeLaunchTemplates", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            var page = Page.of(
                    api.launchTemplates().describe(r.launchTemplateIds(), r.launchTemplateNames()),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeLaunchTemplatesResponse.builder()
                    .launchTemplates(page.items().stream()
                            .map(LaunchTemplateResponses::template)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeLaunchTemplateVersionsResponse describeLaunchTemplateVersions(
            DescribeLaunchTemplateVersionsRequest r) {
        return call("DescribeLaunchTemplateVersions", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            Optional<LaunchTemplateOperations.Ref> ref = r.launchTemplateId() == null && r.launchTemplateName() == null
                    ? Optional.empty()
                    : Optional.of(LaunchTemplateOperations.Ref.of(
                            Optional.ofNullable(r.launchTemplateId()), Optional.ofNullable(r.launchTemplateName())));
            var page = Page.of(
                    api.launchTemplates()
                            .describeVersions(
                                    ref,
                                    r.versions(),
                                    Optional.ofNullable(r.minVersion()),
                                    Optional.ofNullable(r.maxVersion())),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeLaunchTemplateVersionsResponse.builder()
                    .launchTemplateVersions(page.items().stream()
                            .map(LaunchTemplateResponses::version)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public ModifyLaunchTemplateResponse modifyLaunchTemplate(ModifyLaunchTemplateRequest r) {
        return call("ModifyLaunchTemplate", r, api -> {
            var ref = LaunchTemplateOperations.Ref.of(
                    Optional.ofNullable(r.launchTemplateId()), Optional.ofNullable(r.launchTemplateName()));
            var template = r.defaultVersion() == null
                    ? api.launchTemplates().find(ref)
                    : api.launchTemplates().setDefaultVersion(ref, r.defaultVersion());
            return ModifyLaunchTemplateResponse.builder()
                    .launchTemplate(LaunchTemplateResponses.template(template))
                    .build();
        });
    }

    @Override
    public DeleteLaunchTemplateResponse deleteLaunchTemplate(DeleteLaunchTemplateRequest r) {
        return call("DeleteLaunchTemplate", r, api -> {
            var deleted = api.launchTemplates()
                    .delete(LaunchTemplateOperations.Ref.of(
                            Optional.ofNullable(r.launchTemplateId()), Optional.ofNullable(r.launchTemplateName())));
            return DeleteLaunchTemplateResponse.builder()
                    .launchTemplate(LaunchTemplateResponses.template(deleted))
                    .build();
        });
    }

    @Override
    public DeleteLaunchTemplateVersionsResponse deleteLaunchTemplateVersions(DeleteLaunchTemplateVersionsRequest r) {
        return call("DeleteLaunchTemplateVersions", r, api -> {
            var result = api.launchTemplates()
                    .deleteVersions(
                            LaunchTemplateOperations.Ref.of(
                                    Optional.ofNullable(r.launchTemplateId()),
                                    Optional.ofNullable(r.launchTemplateName())),
                            r.versions());
            var t = result.template();
            return DeleteLaunchTemplateVersionsResponse.builder()
                    .successfullyDeletedLaunchTemplateVersions(result.deleted().stream()
                            .map(v -> DeleteLaunchTemplateVersionsResponseSuccessItem.builder()
                                    .launchTemplateId(t.id())
                                    .launchTemplateName(t.name())
                                    .versionNumber(v)
                                    .build())
                            .toList())
                    .unsuccessfullyDeletedLaunchTemplateVersions(result.failed().stream()
                            .map(f -> DeleteLaunchTemplateVersionsResponseErrorItem.builder()
                                    .launchTemplateId(t.id())
                                    .launchTemplateName(t.name())
                                    .versionNumber(f.version() < 0 ? null : f.version())
                                    .responseError(e -> e.code(f.code()).message(f.message()))
                                    .build())
                            .toList())
                    .build();
        });
    }

    // --- Spot requests (issue 22) ----------------------------------------------------------------------------

    @Override
    public RequestSpotInstancesResponse requestSpotInstances(RequestSpotInstancesRequest r) {
        return call("RequestSpotInstances", r, api -> {
            if (r.launchSpecification() == null) {
                throw Ec2Errors.missingParameter("LaunchSpecification");
            }
            Map<String, String> tags = new LinkedHashMap<>();
            r.tagSpecifications().stream()
                    .filter(s -> "spot-instances-request".equals(s.resourceTypeAsString()))
                    .forEach(s -> tags.putAll(Ec2Requests.tagMap(s.tags())));
            var requests = api.spotRequests()
                    .request(new SpotRequestOperations.Request(
                            r.instanceCount() == null ? 1 : r.instanceCount(),
                            Optional.ofNullable(r.typeAsString()),
                            Optional.ofNullable(r.spotPrice()),
                            Optional.ofNullable(r.instanceInterruptionBehaviorAsString()),
                            Optional.ofNullable(r.validUntil()),
                            LaunchTemplateRequests.of(r.launchSpecification()),
                            tags));
            return RequestSpotInstancesResponse.builder()
                    .spotInstanceRequests(requests.stream()
                            .map(LaunchTemplateResponses::spotRequest)
                            .toList())
                    .build();
        });
    }

    @Override
    public DescribeSpotInstanceRequestsResponse describeSpotInstanceRequests(DescribeSpotInstanceRequestsRequest r) {
        return call("DescribeSpotInstanceRequests", r, api -> {
            var page = Page.of(
                    api.spotRequests().describe(r.spotInstanceRequestIds(), Ec2Requests.filters(r.filters())),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeSpotInstanceRequestsResponse.builder()
                    .spotInstanceRequests(page.items().stream()
                            .map(LaunchTemplateResponses::spotRequest)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public CancelSpotInstanceRequestsResponse cancelSpotInstanceRequests(CancelSpotInstanceRequestsRequest r) {
        return call(
                "CancelSpotInstanceRequests",
                r,
                api -> CancelSpotInstanceRequestsResponse.builder()
                        .cancelledSpotInstanceRequests(api.spotRequests().cancel(r.spotInstanceRequestIds()).stream()
                                .map(c -> CancelledSpotInstanceRequest.builder()
                                        .spotInstanceRequestId(c.id())
                                        .state(c.state())
                                        .build())
                                .toList())
                        .build());
    }

    // --- credit specifications and detailed monitoring (issue 22) --------------------------------------------

    @Override
    public DescribeInstanceCreditSpecificationsResponse describeInstanceCreditSpecifications(
            DescribeInstanceCreditSpecificationsRequest r) {
        return call("DescribeInstanceCreditSpecifications", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            var page = Page.of(
                    api.creditSpecifications().describe(r.instanceIds()),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeInstanceCreditSpecificationsResponse.builder()
                    .instanceCreditSpecifications(page.items().stream()
                            .map(c -> InstanceCreditSpecification.builder()
                                    .instanceId(c.instanceId())
                                    .cpuCredits(c.cpuCredits())
                                    .build())
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public ModifyInstanceCreditSpecificationResponse modifyInstanceCreditSpecification(
            ModifyInstanceCreditSpecificationRequest r) {
        return call("ModifyInstanceCreditSpecification", r, api -> {
            Map<String, String> wanted = new LinkedHashMap<>();
            for (var s : r.instanceCreditSpecifications()) {
                if (s.instanceId() == null) {
                    throw Ec2Errors.missingParameter("InstanceId");
                }
                if (s.cpuCredits() == null) {
                    throw Ec2Errors.missingParameter("CpuCredits");
                }
                wanted.put(s.instanceId(), s.cpuCredits());
            }
            var result = api.creditSpecifications().modify(wanted);
            return ModifyInstanceCreditSpecificationResponse.builder()
                    .successfulInstanceCreditSpecifications(result.successful().stream()
                            .map(id -> SuccessfulInstanceCreditSpecificationItem.builder()
                                    .instanceId(id)
                                    .build())
                            .toList())
                    .unsuccessfulInstanceCreditSpecifications(result.unsuccessful().stream()
                            .map(f -> UnsuccessfulInstanceCreditSpecificationItem.builder()
                                    .instanceId(f.instanceId())
                                    .error(e -> e.code(f.code()).message(f.message()))
                                    .build())
                            .toList())
                    .build();
        });
    }

    @Override
    public MonitorInstancesResponse monitorInstances(MonitorInstancesRequest r) {
        return call(
                "MonitorInstances",
                r,
                api -> MonitorInstancesResponse.builder()
                        .instanceMonitorings(monitorings(api.monitoring().monitor(r.instanceIds())))
                        .build());
    }

    @Override
    public UnmonitorInstancesResponse unmonitorInstances(UnmonitorInstancesRequest r) {
        return call(
                "UnmonitorInstances",
                r,
                api -> UnmonitorInstancesResponse.builder()
                        .instanceMonitorings(monitorings(api.monitoring().unmonitor(r.instanceIds())))
                        .build());
    }

    private static List<InstanceMonitoring> monitorings(List<MonitoringOperations.Change> changes) {
        return changes.stream()
                .map(c -> InstanceMonitoring.builder()
                        .instanceId(c.instanceId())
                        .monitoring(m -> m.state(c.state().awsName()))
                        .build())
                .toList();
    }

    @Override
    public CreateCapacityReservationResponse createCapacityReservation(CreateCapacityReservationRequest r) {
        return call(
                "CreateCapacityReservation",
                r,
                api -> CreateCapacityReservationResponse.builder()
                        .capacityReservation(CapacityReservationResponses.of(api.capacityReservations()
                                .create(new CapacityReservationOperations.Request(
                                        r.instanceType(),
                                        r.instancePlatformAsString(),
                                        Optional.ofNullable(r.availabilityZone()),
                                        r.instanceCount(),
                                        Optional.ofNullable(r.endDateTypeAsString()),
                                        Optional.ofNullable(r.endDate()),
                                        Optional.ofNullable(r.instanceMatchCriteriaAsString()),
                                        Optional.ofNullable(r.tenancyAsString())))))
                        .build());
    }

    @Override
    public DescribeCapacityReservationsResponse describeCapacityReservations(DescribeCapacityReservationsRequest r) {
        return call("DescribeCapacityReservations", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            return DescribeCapacityReservationsResponse.builder()
                    .capacityReservations(api.capacityReservations().describe(r.capacityReservationIds()).stream()
                            .map(CapacityReservationResponses::of)
                            .toList())
                    .build();
        });
    }

    @Override
    public AllocateHostsResponse allocateHosts(AllocateHostsRequest r) {
        return call(
                "AllocateHosts",
                r,
                api -> AllocateHostsResponse.builder()
                        .hostIds(api.hosts()
                                .allocate(new HostOperations.Request(
                                        Optional.ofNullable(r.availabilityZone()),
                                        Optional.ofNullable(r.instanceType()),
                                        Optional.ofNullable(r.instanceFamily()),
                                        Optional.ofNullable(r.quantity()),
                                        Optional.ofNullable(r.autoPlacementAsString()),
                                        Ec2Requests.tagSpecifications(r.tagSpecifications()))))
                        .build());
    }

    @Override
    public DescribeHostsResponse describeHosts(DescribeHostsRequest r) {
        return call("DescribeHosts", r, api -> {
            var page = Page.of(
                    api.hosts().describe(r.hostIds(), Ec2Requests.filters(r.filter())),
                    Optional.ofNullable(r.maxResults()),
                    Optional.ofNullable(r.nextToken()));
            return DescribeHostsResponse.builder()
                    .hosts(page.items().stream().map(HostResponses::of).toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public ReleaseHostsResponse releaseHosts(ReleaseHostsRequest r) {
        return call("ReleaseHosts", r, api -> {
            var released = api.hosts().release(r.hostIds());
            return ReleaseHostsResponse.builder()
                    .successful(released.successful())
                    .unsuccessful(released.unsuccessful().stream()
                            .map(u -> UnsuccessfulItem.builder()
                                    .resourceId(u.hostId())
                                    .error(UnsuccessfulItemError.builder()
                                            .code(u.code())
                                            .message(u.message())
                                            .build())
                                    .build())
                            .toList())
                    .build();
        });
    }

    @Override
    public CancelCapacityReservationResponse cancelCapacityReservation(CancelCapacityReservationRequest r) {
        return call("CancelCapacityReservation", r, api -> {
            api.capacityReservations().cancel(r.capacityReservationId());
            return CancelCapacityReservationResponse.builder().returnValue(true).build();
        });
    }

    @Override
    public DescribeReservedInstancesOfferingsResponse describeReservedInstancesOfferings(
            DescribeReservedInstancesOfferingsRequest r) {
        return call("DescribeReservedInstancesOfferings", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            var query = new ReservedInstanceOperations.OfferingQuery(
                    r.reservedInstancesOfferingIds(),
                    Optional.ofNullable(r.instanceTypeAsString()),
                    Optional.ofNullable(r.offeringClassAsString()),
                    Optional.ofNullable(r.offeringTypeAsString()),
                    Optional.ofNullable(r.productDescriptionAsString()),
                    Optional.ofNullable(r.instanceTenancyAsString()),
                    Optional.ofNullable(r.minDuration()),
                    Optional.ofNullable(r.maxDuration()));
            var page = api.reservedInstances()
                    .offerings(query, Optional.ofNullable(r.maxResults()), Optional.ofNullable(r.nextToken()));
            return DescribeReservedInstancesOfferingsResponse.builder()
                    .reservedInstancesOfferings(page.items().stream()
                            .map(ReservedInstanceResponses::offering)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public PurchaseReservedInstancesOfferingResponse purchaseReservedInstancesOffering(
            PurchaseReservedInstancesOfferingRequest r) {
        return call(
                "PurchaseReservedInstancesOffering",
                r,
                api -> PurchaseReservedInstancesOfferingResponse.builder()
                        .reservedInstancesId(api.reservedInstances()
                                .purchase(r.reservedInstancesOfferingId(), r.instanceCount())
                                .id())
                        .build());
    }

    @Override
    public DescribeReservedInstancesResponse describeReservedInstances(DescribeReservedInstancesRequest r) {
        return call("DescribeReservedInstances", r, api -> {
            if (!r.filters().isEmpty()) {
                throw Ec2Errors.invalidFilter(r.filters().get(0).name());
            }
            Instant now = cloud.now();
            return DescribeReservedInstancesResponse.builder()
                    .reservedInstances(api.reservedInstances().describe(r.reservedInstancesIds()).stream()
                            .map(ri -> ReservedInstanceResponses.purchase(ri, now))
                            .toList())
                    .build();
        });
    }

    @Override
    public DescribeInstanceTypesResponse describeInstanceTypes(DescribeInstanceTypesRequest r) {
        return call("DescribeInstanceTypes", r, api -> {
            var page = api.instanceTypes()
                    .describe(
                            r.instanceTypesAsStrings(),
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            return DescribeInstanceTypesResponse.builder()
                    .instanceTypes(page.items().stream()
                            .map(InstanceTypeResponses::info)
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeInstanceTypeOfferingsResponse describeInstanceTypeOfferings(DescribeInstanceTypeOfferingsRequest r) {
        return call("DescribeInstanceTypeOfferings", r, api -> {
            var page = api.instanceTypes()
                    .offerings(
                            Optional.ofNullable(r.locationTypeAsString()),
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            return DescribeInstanceTypeOfferingsResponse.builder()
                    .instanceTypeOfferings(page.items().stream()
                            .map(o -> InstanceTypeOffering.builder()
                                    .instanceType(o.instanceType())
                                    .locationType(o.locationType())
                                    .location(o.location())
                                    .build())
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeRegionsResponse describeRegions(DescribeRegionsRequest r) {
        return call(
                "DescribeRegions",
                r,
                api -> DescribeRegionsResponse.builder()
                        .regions(cloud
                                .ec2World()
                                .regionOptIns()
                                .describe(
                                        account.id(),
                                        r.regionNames(),
                                        Boolean.TRUE.equals(r.allRegions()),
                                        Ec2Requests.filters(r.filters()),
                                        cloud.now())
                                .stream()
                                .map(x -> software.amazon.awssdk.services.ec2.model.Region.builder()
                                        .regionName(x.region().id())
                                        .endpoint(x.endpoint())
                                        .optInStatus(x.optInStatus())
                                        .build())
                                .toList())
                        .build());
    }

    @Override
    public DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest r) {
        return call(
                "DescribeAvailabilityZones",
                r,
                api -> DescribeAvailabilityZonesResponse.builder()
                        .availabilityZones(region.availabilityZones().stream()
                                .map(z -> AvailabilityZone.builder()
                                        .zoneName(z)
                                        .zoneId(region.zoneId(z))
                                        .regionName(region.id())
                                        .state("available")
                                        .optInStatus("opt-in-not-required")
                                        .groupName(region.id())
                                        .networkBorderGroup(region.id())
                                        .zoneType("availability-zone")
                                        .messages(List.of())
                                        .build())
                                .toList())
                        .build());
    }

    // --- VPCs, subnets, security groups ----------------------------------------------------------------------

    @Override
    public DescribeVpcsResponse describeVpcs(DescribeVpcsRequest r) {
        return call(
                "DescribeVpcs",
                r,
                api -> DescribeVpcsResponse.builder()
                        .vpcs(api.networks().describeVpcs(r.vpcIds(), Ec2Requests.filters(r.filters())).stream()
                                .map(NetworkResponses::vpc)
                                .toList())
                        .build());
    }

    @Override
    public CreateVpcResponse createVpc(CreateVpcRequest r) {
        return call(
                "CreateVpc",
                r,
                api -> CreateVpcResponse.builder()
                        .vpc(NetworkResponses.vpc(api.networks().createVpc(r.cidrBlock())))
                        .build());
    }

    @Override
    public CreateDefaultVpcResponse createDefaultVpc(CreateDefaultVpcRequest r) {
        return call(
                "CreateDefaultVpc",
                r,
                api -> CreateDefaultVpcResponse.builder()
                        .vpc(NetworkResponses.vpc(api.networks().createDefaultVpc()))
                        .build());
    }

    @Override
    public DeleteVpcResponse deleteVpc(DeleteVpcRequest r) {
        return call("DeleteVpc", r, api -> {
            api.networks().deleteVpc(required(r.vpcId(), "VpcId"));
            return DeleteVpcResponse.builder().build();
        });
    }

    @Override
    public DescribeSubnetsResponse describeSubnets(DescribeSubnetsRequest r) {
        return call("DescribeSubnets", r, api -> {
            var networks = api.networks();
            return DescribeSubnetsResponse.builder()
                    .subnets(networks.describeSubnets(r.subnetIds(), Ec2Requests.filters(r.filters())).stream()
                            .map(s -> NetworkResponses.subnet(s, region, networks.availableAddresses(s)))
                            .toList())
                    .build();
        });
    }

    @Override
    public CreateSubnetResponse createSubnet(CreateSubnetRequest r) {
        return call("CreateSubnet", r, api -> {
            var networks = api.networks();
            var subnet = networks.createSubnet(
                    required(r.vpcId(), "VpcId"), r.cidrBlock(), Optional.ofNullable(r.availabilityZone()));
            return CreateSubnetResponse.builder()
                    .subnet(NetworkResponses.subnet(subnet, region, networks.availableAddresses(subnet)))
                    .build();
        });
    }

    @Override
    public DeleteSubnetResponse deleteSubnet(DeleteSubnetRequest r) {
        return call("DeleteSubnet", r, api -> {
            api.networks().deleteSubnet(required(r.subnetId(), "SubnetId"));
            return DeleteSubnetResponse.builder().build();
        });
    }

    /**
     * DescribeAccountAttributes: {@code default-vpc} is live; the other values are what AWS answers a new account
     * (docs/ec2-behaviour.md section 9).
     */
    @Override
    public DescribeAccountAttributesResponse describeAccountAttributes(DescribeAccountAttributesRequest r) {
        return call("DescribeAccountAttributes", r, api -> {
            Map<String, List<String>> all = new LinkedHashMap<>();
            all.put("supported-platforms", List.of("VPC"));
            all.put("vpc-max-security-groups-per-interface", List.of("5"));
            all.put("max-elastic-ips", List.of("5"));
            all.put("max-instances", List.of("20"));
            all.put("vpc-max-elastic-ips", List.of("5"));
            all.put("default-vpc", List.of(api.networks().defaultVpcId()));
            List<String> names = r.attributeNamesAsStrings();
            return DescribeAccountAttributesResponse.builder()
                    .accountAttributes(all.entrySet().stream()
                            .filter(e -> names.isEmpty() || names.contains(e.getKey()))
                            .map(e -> AccountAttribute.builder()
                                    .attributeName(e.getKey())
                                    .attributeValues(e.getValue().stream()
                                            .map(v -> AccountAttributeValue.builder()
                                                    .attributeValue(v)
                                                    .build())
                                            .toList())
                                    .build())
                            .toList())
                    .build();
        });
    }

    @Override
    public CreateSecurityGroupResponse createSecurityGroup(CreateSecurityGroupRequest r) {
        return call("CreateSecurityGroup", r, api -> {
            var group = api.securityGroups().create(r.groupName(), r.description(), Optional.ofNullable(r.vpcId()));
            Ec2Requests.tagSpecifications(r.tagSpecifications()).stream()
                    .filter(s -> s.resourceType().equals("security-group"))
                    .forEach(s -> s.tags().forEach(group.tags()::put));
            return CreateSecurityGroupResponse.builder()
                    .groupId(group.id())
                    .securityGroupArn(NetworkResponses.group(group, region).securityGroupArn())
                    .tags(InstanceResponses.tags(group.tags()))
                    .build();
        });
    }

    @Override
    public DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest r) {
        return call(
                "DescribeSecurityGroups",
                r,
                api -> DescribeSecurityGroupsResponse.builder()
                        .securityGroups(api
                                .securityGroups()
                                .describe(r.groupIds(), r.groupNames(), Ec2Requests.filters(r.filters()))
                                .stream()
                                .map(g -> NetworkResponses.group(g, region))
                                .toList())
                        .build());
    }

    @Override
    public DeleteSecurityGroupResponse deleteSecurityGroup(DeleteSecurityGroupRequest r) {
        return call(
                "DeleteSecurityGroup",
                r,
                api -> DeleteSecurityGroupResponse.builder()
                        .returnValue(true)
                        .groupId(api.securityGroups()
                                .delete(Optional.ofNullable(r.groupId()), Optional.ofNullable(r.groupName())))
                        .build());
    }

    @Override
    public AuthorizeSecurityGroupIngressResponse authorizeSecurityGroupIngress(AuthorizeSecurityGroupIngressRequest r) {
        return call(
                "AuthorizeSecurityGroupIngress",
                r,
                api -> AuthorizeSecurityGroupIngressResponse.builder()
                        .returnValue(true)
                        .securityGroupRules(api
                                .securityGroups()
                                .authorize(
                                        Optional.ofNullable(r.groupId()),
                                        Optional.ofNullable(r.groupName()),
                                        false,
                                        NetworkRequests.permissions(r.ipPermissions()))
                                .stream()
                                .map(rule ->
                                        NetworkResponses.rule(rule, account.id().value(), region))
                                .toList())
                        .build());
    }

    @Override
    public AuthorizeSecurityGroupEgressResponse authorizeSecurityGroupEgress(AuthorizeSecurityGroupEgressRequest r) {
        return call(
                "AuthorizeSecurityGroupEgress",
                r,
                api -> AuthorizeSecurityGroupEgressResponse.builder()
                        .returnValue(true)
                        .securityGroupRules(api
                                .securityGroups()
                                .authorize(
                                        Optional.ofNullable(r.groupId()),
                                        Optional.empty(),
                                        true,
                                        NetworkRequests.permissions(r.ipPermissions()))
                                .stream()
                                .map(rule ->
                                        NetworkResponses.rule(rule, account.id().value(), region))
                                .toList())
                        .build());
    }

    @Override
    public RevokeSecurityGroupIngressResponse revokeSecurityGroupIngress(RevokeSecurityGroupIngressRequest r) {
        return call("RevokeSecurityGroupIngress", r, api -> {
            var revoked = api.securityGroups()
                    .revoke(
                            Optional.ofNullable(r.groupId()),
                            Optional.ofNullable(r.groupName()),
                            false,
                            NetworkRequests.permissions(r.ipPermissions()),
                            r.securityGroupRuleIds());
            var b = RevokeSecurityGroupIngressResponse.builder()
                    .returnValue(true)
                    .revokedSecurityGroupRules(revokedRules(revoked));
            if (!revoked.unknown().isEmpty()) {
                b.unknownIpPermissions(NetworkResponses.requested(revoked.unknown()));
            }
            return b.build();
        });
    }

    @Override
    public RevokeSecurityGroupEgressResponse revokeSecurityGroupEgress(RevokeSecurityGroupEgressRequest r) {
        return call("RevokeSecurityGroupEgress", r, api -> {
            var revoked = api.securityGroups()
                    .revoke(
                            Optional.ofNullable(r.groupId()),
                            Optional.empty(),
                            true,
                            NetworkRequests.permissions(r.ipPermissions()),
                            r.securityGroupRuleIds());
            var b = RevokeSecurityGroupEgressResponse.builder()
                    .returnValue(true)
                    .revokedSecurityGroupRules(revokedRules(revoked));
            if (!revoked.unknown().isEmpty()) {
                b.unknownIpPermissions(NetworkResponses.requested(revoked.unknown()));
            }
            return b.build();
        });
    }

    private static List<RevokedSecurityGroupRule> revokedRules(SecurityGroupOperations.Revoked revoked) {
        return revoked.revoked().stream()
                .map(rule -> {
                    var b = RevokedSecurityGroupRule.builder()
                            .securityGroupRuleId(rule.id())
                            .groupId(rule.groupId())
                            .isEgress(rule.egress())
                            .ipProtocol(rule.protocol())
                            .fromPort(rule.fromPort())
                            .toPort(rule.toPort())
                            .description(rule.description().orElse(null));
                    if (rule.peer() instanceof org.ec2tutor.cloud.ec2.SecurityGroupRule.Cidr c) {
                        b.cidrIpv4(c.cidr());
                    } else if (rule.peer() instanceof org.ec2tutor.cloud.ec2.SecurityGroupRule.Group g) {
                        b.referencedGroupId(g.groupId());
                    }
                    return b.build();
                })
                .toList();
    }

    @Override
    public DescribeSecurityGroupRulesResponse describeSecurityGroupRules(DescribeSecurityGroupRulesRequest r) {
        return call(
                "DescribeSecurityGroupRules",
                r,
                api -> DescribeSecurityGroupRulesResponse.builder()
                        .securityGroupRules(
                                api
                                        .securityGroups()
                                        .rules(r.securityGroupRuleIds(), Ec2Requests.filters(r.filters()))
                                        .stream()
                                        .map(rule -> NetworkResponses.rule(
                                                rule, account.id().value(), region))
                                        .toList())
                        .build());
    }

    private static String required(String value, String parameter) {
        if (value == null) {
            throw Ec2Errors.missingParameter(parameter);
        }
        return value;
    }

    // --- Elastic IPs and network interfaces ------------------------------------------------------------------

    @Override
    public AllocateAddressResponse allocateAddress(AllocateAddressRequest r) {
        return call("AllocateAddress", r, api -> {
            var address = api.elasticIps().allocate();
            Ec2Requests.tagSpecifications(r.tagSpecifications()).stream()
                    .filter(s -> s.resourceType().equals("elastic-ip"))
                    .forEach(s -> s.tags().forEach(address.tags()::put));
            return AllocateAddressResponse.builder()
                    .allocationId(address.allocationId())
                    .publicIp(address.publicIp())
                    .publicIpv4Pool("amazon")
                    .networkBorderGroup(region.id())
                    .domain(DomainType.VPC)
                    .build();
        });
    }

    @Override
    public AssociateAddressResponse associateAddress(AssociateAddressRequest r) {
        return call("AssociateAddress", r, api -> {
            String instanceId = r.instanceId();
            if (instanceId == null && r.networkInterfaceId() != null) {
                instanceId =
                        api
                                .instances()
                                .describe(List.of(), List.of(), Optional.empty(), Optional.empty())
                                .items()
                                .stream()
                                .filter(i -> i.networkInterfaceId().equals(r.networkInterfaceId()))
                                .map(org.ec2tutor.cloud.ec2.Instance::id)
                                .findFirst()
                                .orElseThrow(() -> Ec2Errors.networkInterfaceNotFound(r.networkInterfaceId()));
            }
            return AssociateAddressResponse.builder()
                    .associationId(api.elasticIps()
                            .associate(
                                    required(r.allocationId(), "AllocationId"),
                                    required(instanceId, "InstanceId"),
                                    !Boolean.FALSE.equals(r.allowReassociation())))
                    .build();
        });
    }

    @Override
    public DisassociateAddressResponse disassociateAddress(DisassociateAddressRequest r) {
        return call("DisassociateAddress", r, api -> {
            api.elasticIps().disassociate(required(r.associationId(), "AssociationId"));
            return DisassociateAddressResponse.builder().build();
        });
    }

    @Override
    public ReleaseAddressResponse releaseAddress(ReleaseAddressRequest r) {
        return call("ReleaseAddress", r, api -> {
            api.elasticIps().release(Optional.ofNullable(r.allocationId()), Optional.ofNullable(r.publicIp()));
            return ReleaseAddressResponse.builder().build();
        });
    }

    @Override
    public DescribeAddressesResponse describeAddresses(DescribeAddressesRequest r) {
        return call(
                "DescribeAddresses",
                r,
                api -> DescribeAddressesResponse.builder()
                        .addresses(api
                                .elasticIps()
                                .describe(r.allocationIds(), r.publicIps(), Ec2Requests.filters(r.filters()))
                                .stream()
                                .map(a -> {
                                    var b = Address.builder()
                                            .allocationId(a.allocationId())
                                            .publicIp(a.publicIp())
                                            .domain(DomainType.VPC)
                                            .publicIpv4Pool("amazon")
                                            .networkBorderGroup(region.id())
                                            .tags(InstanceResponses.tags(a.tags()));
                                    a.association()
                                            .ifPresent(x -> b.associationId(x.id())
                                                    .instanceId(x.instanceId())
                                                    .networkInterfaceId(x.networkInterfaceId())
                                                    .networkInterfaceOwnerId(
                                                            account.id().value())
                                                    .privateIpAddress(x.privateIp()));
                                    return b.build();
                                })
                                .toList())
                        .build());
    }

    @Override
    public ModifyInstanceMetadataOptionsResponse modifyInstanceMetadataOptions(ModifyInstanceMetadataOptionsRequest r) {
        return call("ModifyInstanceMetadataOptions", r, api -> {
            var i = api.metadataOptions().modify(r.instanceId(), MetadataOptionsRequests.modify(r));
            return ModifyInstanceMetadataOptionsResponse.builder()
                    .instanceId(i.id())
                    .instanceMetadataOptions(MetadataOptionsRequests.response(i.metadataOptions(), "pending"))
                    .build();
        });
    }

    // --- IAM instance profile associations ------------------------------------------------------------------

    @Override
    public AssociateIamInstanceProfileResponse associateIamInstanceProfile(AssociateIamInstanceProfileRequest r) {
        return call("AssociateIamInstanceProfile", r, api -> {
            var spec = Optional.ofNullable(r.iamInstanceProfile());
            var a = api.profileAssociations()
                    .associate(r.instanceId(), spec.map(p -> p.name()), spec.map(p -> p.arn()));
            return AssociateIamInstanceProfileResponse.builder()
                    .iamInstanceProfileAssociation(InstanceResponses.profileAssociation(a))
                    .build();
        });
    }

    @Override
    public DescribeIamInstanceProfileAssociationsResponse describeIamInstanceProfileAssociations(
            DescribeIamInstanceProfileAssociationsRequest r) {
        return call("DescribeIamInstanceProfileAssociations", r, api -> {
            var all = api.profileAssociations().describe(r.associationIds(), Ec2Requests.filters(r.filters()));
            return DescribeIamInstanceProfileAssociationsResponse.builder()
                    .iamInstanceProfileAssociations(all.stream()
                            .map(InstanceResponses::profileAssociation)
                            .toList())
                    .build();
        });
    }

    @Override
    public ReplaceIamInstanceProfileAssociationResponse replaceIamInstanceProfileAssociation(
            ReplaceIamInstanceProfileAssociationRequest r) {
        return call("ReplaceIamInstanceProfileAssociation", r, api -> {
            var spec = Optional.ofNullable(r.iamInstanceProfile());
            var a = api.profileAssociations()
                    .replace(r.associationId(), spec.map(p -> p.name()), spec.map(p -> p.arn()));
            return ReplaceIamInstanceProfileAssociationResponse.builder()
                    .iamInstanceProfileAssociation(InstanceResponses.profileAssociation(a))
                    .build();
        });
    }

    @Override
    public DisassociateIamInstanceProfileResponse disassociateIamInstanceProfile(
            DisassociateIamInstanceProfileRequest r) {
        return call("DisassociateIamInstanceProfile", r, api -> {
            var a = api.profileAssociations().disassociate(r.associationId());
            return DisassociateIamInstanceProfileResponse.builder()
                    .iamInstanceProfileAssociation(InstanceResponses.profileAssociation(a))
                    .build();
        });
    }

    // --- private IPv4 addresses --------------------------------------------------------------------------------

    @Override
    public AssignPrivateIpAddressesResponse assignPrivateIpAddresses(AssignPrivateIpAddressesRequest r) {
        return call("AssignPrivateIpAddresses", r, api -> {
            var assigned = api.privateIps()
                    .assign(
                            r.networkInterfaceId(),
                            r.privateIpAddresses(),
                            Optional.ofNullable(r.secondaryPrivateIpAddressCount()),
                            Boolean.TRUE.equals(r.allowReassignment()));
            return AssignPrivateIpAddressesResponse.builder()
                    .networkInterfaceId(assigned.networkInterfaceId())
                    .assignedPrivateIpAddresses(assigned.addresses().stream()
                            .map(ip -> AssignedPrivateIpAddress.builder()
                                    .privateIpAddress(ip)
                                    .build())
                            .toList())
                    .build();
        });
    }

    @Override
    public UnassignPrivateIpAddressesResponse unassignPrivateIpAddresses(UnassignPrivateIpAddressesRequest r) {
        return call("UnassignPrivateIpAddresses", r, api -> {
            api.privateIps().unassign(r.networkInterfaceId(), r.privateIpAddresses());
            return UnassignPrivateIpAddressesResponse.builder().build();
        });
    }

    /** DescribeNetworkInterfaces: each live instance's primary interface. */
    @Override
    public DescribeNetworkInterfacesResponse describeNetworkInterfaces(DescribeNetworkInterfacesRequest r) {
        return call("DescribeNetworkInterfaces", r, api -> {
            var all =
                    api.instances().describe(List.of(), List.of(), Optional.empty(), Optional.empty()).items().stream()
                            .filter(i -> i.state() != org.ec2tutor.cloud.ec2.InstanceState.TERMINATED)
                            .toList();
            for (String id : r.networkInterfaceIds()) {
                if (all.stream().noneMatch(i -> i.networkInterfaceId().equals(id))) {
                    throw Ec2Errors.networkInterfaceNotFound(id);
                }
            }
            return DescribeNetworkInterfacesResponse.builder()
                    .networkInterfaces(all.stream()
                            .filter(i -> r.networkInterfaceIds().isEmpty()
                                    || r.networkInterfaceIds().contains(i.networkInterfaceId()))
                            .map(i -> NetworkResponses.networkInterface(i, InstanceResponses.networkInterface(i)))
                            .toList())
                    .build();
        });
    }

    // --- images ----------------------------------------------------------------------------------------------

    @Override
    public CreateImageResponse createImage(CreateImageRequest r) {
        return call(
                "CreateImage",
                r,
                api -> CreateImageResponse.builder()
                        .imageId(api.images()
                                .create(new ImageRequests.Create(
                                        r.instanceId(),
                                        r.name(),
                                        Optional.ofNullable(r.description()),
                                        Boolean.TRUE.equals(r.noReboot()),
                                        Ec2Requests.devices(r.blockDeviceMappings()),
                                        Ec2Requests.tagSpecifications(r.tagSpecifications())))
                                .id())
                        .build());
    }

    @Override
    public RegisterImageResponse registerImage(RegisterImageRequest r) {
        return call(
                "RegisterImage",
                r,
                api -> RegisterImageResponse.builder()
                        .imageId(api.images()
                                .register(new ImageRequests.Register(
                                        r.name(),
                                        Optional.ofNullable(r.description()),
                                        Optional.ofNullable(r.architectureAsString()),
                                        Optional.ofNullable(r.virtualizationType()),
                                        Optional.ofNullable(r.rootDeviceName()),
                                        Ec2Requests.devices(r.blockDeviceMappings()),
                                        Boolean.TRUE.equals(r.enaSupport()),
                                        Optional.ofNullable(r.bootModeAsString()),
                                        Ec2Requests.tagSpecifications(r.tagSpecifications())))
                                .id())
                        .build());
    }

    @Override
    public CopyImageResponse copyImage(CopyImageRequest r) {
        return call("CopyImage", r, api -> {
            Region source = Region.fromId(r.sourceRegion())
                    .orElseThrow(() -> Ec2Errors.invalidValueFor(r.sourceRegion(), "SourceRegion"));
            if (r.name() == null) {
                throw Ec2Errors.missingParameter("name");
            }
            return CopyImageResponse.builder()
                    .imageId(api.images()
                            .copy(new ImageRequests.Copy(
                                    source,
                                    r.sourceImageId(),
                                    r.name(),
                                    Optional.ofNullable(r.description()),
                                    Boolean.TRUE.equals(r.encrypted()),
                                    Boolean.TRUE.equals(r.copyImageTags()),
                                    Ec2Requests.tagSpecifications(r.tagSpecifications())))
                            .id())
                    .build();
        });
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest r) {
        return call("DescribeImages", r, api -> {
            Page<Image> page = api.images()
                    .describe(new ImageRequests.Query(
                            r.imageIds(),
                            r.owners(),
                            r.executableUsers(),
                            Ec2Requests.filters(r.filters()),
                            Boolean.TRUE.equals(r.includeDeprecated()),
                            Boolean.TRUE.equals(r.includeDisabled()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken())));
            return DescribeImagesResponse.builder()
                    .images(page.items().stream()
                            .map(i -> ImageResponses.image(i, account))
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DescribeImageAttributeResponse describeImageAttribute(DescribeImageAttributeRequest r) {
        return call(
                "DescribeImageAttribute",
                r,
                api -> ImageAttributeRequests.describe(api.images().attributesOf(r.imageId()), r.attributeAsString()));
    }

    @Override
    public ModifyImageAttributeResponse modifyImageAttribute(ModifyImageAttributeRequest r) {
        return call("ModifyImageAttribute", r, api -> {
            ImageAttributeRequests.modify(api.images(), r);
            return ModifyImageAttributeResponse.builder().build();
        });
    }

    @Override
    public ResetImageAttributeResponse resetImageAttribute(ResetImageAttributeRequest r) {
        return call("ResetImageAttribute", r, api -> {
            api.images().resetAttribute(r.imageId(), r.attributeAsString());
            return ResetImageAttributeResponse.builder().build();
        });
    }

    @Override
    public EnableImageDeprecationResponse enableImageDeprecation(EnableImageDeprecationRequest r) {
        return call("EnableImageDeprecation", r, api -> {
            if (r.deprecateAt() == null) {
                throw Ec2Errors.missingParameter("DeprecateAt");
            }
            api.images().enableDeprecation(r.imageId(), r.deprecateAt());
            return EnableImageDeprecationResponse.builder().returnValue(true).build();
        });
    }

    @Override
    public DisableImageDeprecationResponse disableImageDeprecation(DisableImageDeprecationRequest r) {
        return call("DisableImageDeprecation", r, api -> {
            api.images().disableDeprecation(r.imageId());
            return DisableImageDeprecationResponse.builder().returnValue(true).build();
        });
    }

    @Override
    public DisableImageResponse disableImage(DisableImageRequest r) {
        return call("DisableImage", r, api -> {
            api.images().disable(r.imageId());
            return DisableImageResponse.builder().returnValue(true).build();
        });
    }

    @Override
    public EnableImageResponse enableImage(EnableImageRequest r) {
        return call("EnableImage", r, api -> {
            api.images().enable(r.imageId());
            return EnableImageResponse.builder().returnValue(true).build();
        });
    }

    @Override
    public DeregisterImageResponse deregisterImage(DeregisterImageRequest r) {
        return call("DeregisterImage", r, api -> {
            boolean delete = Boolean.TRUE.equals(r.deleteAssociatedSnapshots());
            var results = api.images().deregister(r.imageId(), delete);
            var b = DeregisterImageResponse.builder().returnValue(true);
            if (delete) {
                b.deleteSnapshotResults(results.stream()
                        .map(d -> DeleteSnapshotReturnCode.builder()
                                .snapshotId(d.snapshotId())
                                .returnCode(d.returnCode())
                                .build())
                        .toList());
            }
            return b.build();
        });
    }

    @Override
    public GetImageBlockPublicAccessStateResponse getImageBlockPublicAccessState(
            GetImageBlockPublicAccessStateRequest r) {
        return call(
                "GetImageBlockPublicAccessState",
                r,
                api -> GetImageBlockPublicAccessStateResponse.builder()
                        .imageBlockPublicAccessState(api.images().blockPublicAccessState())
                        .managedBy("account")
                        .build());
    }

    @Override
    public EnableImageBlockPublicAccessResponse enableImageBlockPublicAccess(EnableImageBlockPublicAccessRequest r) {
        return call("EnableImageBlockPublicAccess", r, api -> {
            if (r.imageBlockPublicAccessStateAsString() == null) {
                throw Ec2Errors.missingParameter("ImageBlockPublicAccessState");
            }
            return EnableImageBlockPublicAccessResponse.builder()
                    .imageBlockPublicAccessState(
                            api.images().enableBlockPublicAccess(r.imageBlockPublicAccessStateAsString()))
                    .build();
        });
    }

    @Override
    public DisableImageBlockPublicAccessResponse disableImageBlockPublicAccess(DisableImageBlockPublicAccessRequest r) {
        return call(
                "DisableImageBlockPublicAccess",
                r,
                api -> DisableImageBlockPublicAccessResponse.builder()
                        .imageBlockPublicAccessState(api.images().disableBlockPublicAccess())
                        .build());
    }

    // --- volumes and snapshots -------------------------------------------------------------------------------

    @Override
    public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest r) {
        return call("DescribeVolumes", r, api -> {
            var page = api.storage()
                    .describeVolumes(
                            r.volumeIds(),
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            return DescribeVolumesResponse.builder()
                    .volumes(page.items().stream().map(StorageResponses::volume).toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    // --- EBS: volumes, snapshots, encryption by default (cloud/ec2 VolumeOperations, SnapshotOperations,
    // EbsEncryption) ---

    @Override
    public CreateVolumeResponse createVolume(CreateVolumeRequest r) {
        return call(
                "CreateVolume",
                r,
                api -> StorageResponses.created(api.volumes()
                        .create(new VolumeOperations.Request(
                                required(r.availabilityZone(), "AvailabilityZone"),
                                Optional.ofNullable(r.size()),
                                Optional.ofNullable(r.volumeTypeAsString()),
                                Optional.ofNullable(r.iops()),
                                Optional.ofNullable(r.throughput()),
                                Optional.ofNullable(r.snapshotId()),
                                Optional.ofNullable(r.encrypted()),
                                Optional.ofNullable(r.kmsKeyId()),
                                Ec2Requests.tagSpecifications(r.tagSpecifications())))));
    }

    @Override
    public AttachVolumeResponse attachVolume(AttachVolumeRequest r) {
        return call(
                "AttachVolume",
                r,
                api -> StorageResponses.attached(api.volumes()
                        .attach(
                                required(r.volumeId(), "VolumeId"),
                                required(r.instanceId(), "InstanceId"),
                                required(r.device(), "Device"))));
    }

    @Override
    public DetachVolumeResponse detachVolume(DetachVolumeRequest r) {
        return call(
                "DetachVolume",
                r,
                api -> StorageResponses.detached(api.volumes()
                        .detach(
                                required(r.volumeId(), "VolumeId"),
                                Optional.ofNullable(r.instanceId()),
                                Optional.ofNullable(r.device()),
                                Boolean.TRUE.equals(r.force()))));
    }

    @Override
    public DeleteVolumeResponse deleteVolume(DeleteVolumeRequest r) {
        return call("DeleteVolume", r, api -> {
            api.volumes().delete(required(r.volumeId(), "VolumeId"));
            return DeleteVolumeResponse.builder().build();
        });
    }

    @Override
    public ModifyVolumeResponse modifyVolume(ModifyVolumeRequest r) {
        return call(
                "ModifyVolume",
                r,
                api -> ModifyVolumeResponse.builder()
                        .volumeModification(StorageResponses.modification(
                                api.volumes()
                                        .modify(
                                                required(r.volumeId(), "VolumeId"),
                                                new VolumeOperations.Change(
                                                        Optional.ofNullable(r.size()),
                                                        Optional.ofNullable(r.volumeTypeAsString()),
                                                        Optional.ofNullable(r.iops()),
                                                        Optional.ofNullable(r.throughput()))),
                                cloud.now()))
                        .build());
    }

    @Override
    public DescribeVolumesModificationsResponse describeVolumesModifications(DescribeVolumesModificationsRequest r) {
        return call("DescribeVolumesModifications", r, api -> {
            Optional<String> state = Optional.empty();
            for (var f : r.filters()) {
                if (!f.name().equals("modification-state") || f.values().size() != 1) {
                    throw Ec2Errors.invalidFilter(f.name());
                }
                state = Optional.of(f.values().get(0));
            }
            Instant now = cloud.now();
            return DescribeVolumesModificationsResponse.builder()
                    .volumesModifications(api.volumes().modifications(r.volumeIds(), state).stream()
                            .map(m -> StorageResponses.modification(m, now))
                            .toList())
                    .build();
        });
    }

    @Override
    public CreateSnapshotResponse createSnapshot(CreateSnapshotRequest r) {
        return call(
                "CreateSnapshot",
                r,
                api -> StorageResponses.createdSnapshot(
                        api.snapshots()
                                .create(
                                        required(r.volumeId(), "VolumeId"),
                                        Optional.ofNullable(r.description()),
                                        Ec2Requests.tagSpecifications(r.tagSpecifications())),
                        cloud.now()));
    }

    @Override
    public CreateSnapshotsResponse createSnapshots(CreateSnapshotsRequest r) {
        return call("CreateSnapshots", r, api -> {
            InstanceSpecification spec = r.instanceSpecification();
            if (spec == null) {
                throw Ec2Errors.missingParameter("InstanceSpecification");
            }
            Instant now = cloud.now();
            return CreateSnapshotsResponse.builder()
                    .snapshots(api
                            .snapshots()
                            .createForInstance(
                                    required(spec.instanceId(), "InstanceSpecification.InstanceId"),
                                    Boolean.TRUE.equals(spec.excludeBootVolume()),
                                    Set.copyOf(spec.excludeDataVolumeIds()),
                                    Optional.ofNullable(r.description()),
                                    r.copyTagsFromSource() == CopyTagsFromSource.VOLUME,
                                    Ec2Requests.tagSpecifications(r.tagSpecifications()))
                            .stream()
                            .map(s -> StorageResponses.snapshotInfo(s, now))
                            .toList())
                    .build();
        });
    }

    @Override
    public CopySnapshotResponse copySnapshot(CopySnapshotRequest r) {
        return call("CopySnapshot", r, api -> {
            String source = required(r.sourceRegion(), "SourceRegion");
            var snap = api.snapshots()
                    .copy(
                            Region.fromId(source).orElseThrow(() -> Ec2Errors.invalidValueFor(source, "SourceRegion")),
                            required(r.sourceSnapshotId(), "SourceSnapshotId"),
                            Optional.ofNullable(r.description()),
                            Boolean.TRUE.equals(r.encrypted()),
                            Optional.ofNullable(r.kmsKeyId()),
                            Ec2Requests.tagSpecifications(r.tagSpecifications()));
            var b = CopySnapshotResponse.builder().snapshotId(snap.id());
            if (!snap.tags().isEmpty()) {
                b.tags(InstanceResponses.tags(snap.tags()));
            }
            return b.build();
        });
    }

    @Override
    public ModifySnapshotAttributeResponse modifySnapshotAttribute(ModifySnapshotAttributeRequest r) {
        return call("ModifySnapshotAttribute", r, api -> {
            String attribute = r.attributeAsString() == null ? "createVolumePermission" : r.attributeAsString();
            if (!attribute.equals("createVolumePermission")) {
                throw Ec2Errors.invalidValueFor(attribute, "attribute");
            }
            List<SnapshotOperations.Permission> add = new ArrayList<>();
            List<SnapshotOperations.Permission> remove = new ArrayList<>();
            if (r.createVolumePermission() != null) {
                r.createVolumePermission().add().forEach(p -> add.add(permission(p)));
                r.createVolumePermission().remove().forEach(p -> remove.add(permission(p)));
            }
            // The flat form: --operation-type add|remove --user-ids ... --group-names all.
            List<SnapshotOperations.Permission> flat = new ArrayList<>();
            r.userIds().forEach(u -> flat.add(new SnapshotOperations.Permission(Optional.of(u), Optional.empty())));
            r.groupNames().forEach(g -> flat.add(new SnapshotOperations.Permission(Optional.empty(), Optional.of(g))));
            if (!flat.isEmpty()) {
                String op = required(r.operationTypeAsString(), "OperationType");
                if (op.equals("add")) {
                    add.addAll(flat);
                } else if (op.equals("remove")) {
                    remove.addAll(flat);
                } else {
                    throw Ec2Errors.invalidValueFor(op, "operationType");
                }
            }
            api.snapshots().modifyCreateVolumePermission(required(r.snapshotId(), "SnapshotId"), add, remove);
            return ModifySnapshotAttributeResponse.builder().build();
        });
    }

    private static SnapshotOperations.Permission permission(CreateVolumePermission p) {
        return new SnapshotOperations.Permission(
                Optional.ofNullable(p.userId()), Optional.ofNullable(p.groupAsString()));
    }

    @Override
    public DescribeSnapshotAttributeResponse describeSnapshotAttribute(DescribeSnapshotAttributeRequest r) {
        return call("DescribeSnapshotAttribute", r, api -> {
            String attribute = required(r.attributeAsString(), "Attribute");
            var snap = api.snapshots().attributeOf(required(r.snapshotId(), "SnapshotId"));
            var b = DescribeSnapshotAttributeResponse.builder().snapshotId(snap.id());
            if (attribute.equals("createVolumePermission")) {
                b.createVolumePermissions(StorageResponses.permissions(snap));
            } else if (attribute.equals("productCodes")) {
                b.productCodes(List.of());
            } else {
                throw Ec2Errors.invalidValueFor(attribute, "attribute");
            }
            return b.build();
        });
    }

    @Override
    public ResetSnapshotAttributeResponse resetSnapshotAttribute(ResetSnapshotAttributeRequest r) {
        return call("ResetSnapshotAttribute", r, api -> {
            String attribute = required(r.attributeAsString(), "Attribute");
            if (!attribute.equals("createVolumePermission")) {
                throw Ec2Errors.invalidValueFor(attribute, "attribute");
            }
            api.snapshots().resetCreateVolumePermission(required(r.snapshotId(), "SnapshotId"));
            return ResetSnapshotAttributeResponse.builder().build();
        });
    }

    @Override
    public GetSnapshotBlockPublicAccessStateResponse getSnapshotBlockPublicAccessState(
            GetSnapshotBlockPublicAccessStateRequest r) {
        return call(
                "GetSnapshotBlockPublicAccessState",
                r,
                api -> GetSnapshotBlockPublicAccessStateResponse.builder()
                        .state(api.snapshots().blockPublicAccessState())
                        .managedBy("account")
                        .build());
    }

    @Override
    public EnableSnapshotBlockPublicAccessResponse enableSnapshotBlockPublicAccess(
            EnableSnapshotBlockPublicAccessRequest r) {
        return call(
                "EnableSnapshotBlockPublicAccess",
                r,
                api -> EnableSnapshotBlockPublicAccessResponse.builder()
                        .state(api.snapshots().enableBlockPublicAccess(required(r.stateAsString(), "State")))
                        .build());
    }

    @Override
    public DisableSnapshotBlockPublicAccessResponse disableSnapshotBlockPublicAccess(
            DisableSnapshotBlockPublicAccessRequest r) {
        return call(
                "DisableSnapshotBlockPublicAccess",
                r,
                api -> DisableSnapshotBlockPublicAccessResponse.builder()
                        .state(api.snapshots().disableBlockPublicAccess())
                        .build());
    }

    @Override
    public GetEbsEncryptionByDefaultResponse getEbsEncryptionByDefault(GetEbsEncryptionByDefaultRequest r) {
        return call(
                "GetEbsEncryptionByDefault",
                r,
                api -> GetEbsEncryptionByDefaultResponse.builder()
                        .ebsEncryptionByDefault(api.ebsEncryption().enabled())
                        .sseType("sse-ebs")
                        .build());
    }

    @Override
    public EnableEbsEncryptionByDefaultResponse enableEbsEncryptionByDefault(EnableEbsEncryptionByDefaultRequest r) {
        return call(
                "EnableEbsEncryptionByDefault",
                r,
                api -> EnableEbsEncryptionByDefaultResponse.builder()
                        .ebsEncryptionByDefault(api.ebsEncryption().enable())
                        .build());
    }

    @Override
    public DisableEbsEncryptionByDefaultResponse disableEbsEncryptionByDefault(DisableEbsEncryptionByDefaultRequest r) {
        return call(
                "DisableEbsEncryptionByDefault",
                r,
                api -> DisableEbsEncryptionByDefaultResponse.builder()
                        .ebsEncryptionByDefault(api.ebsEncryption().disable())
                        .build());
    }

    @Override
    public GetEbsDefaultKmsKeyIdResponse getEbsDefaultKmsKeyId(GetEbsDefaultKmsKeyIdRequest r) {
        return call(
                "GetEbsDefaultKmsKeyId",
                r,
                api -> GetEbsDefaultKmsKeyIdResponse.builder()
                        .kmsKeyId(api.ebsEncryption().defaultKeyId())
                        .build());
    }

    @Override
    public ModifyEbsDefaultKmsKeyIdResponse modifyEbsDefaultKmsKeyId(ModifyEbsDefaultKmsKeyIdRequest r) {
        return call(
                "ModifyEbsDefaultKmsKeyId",
                r,
                api -> ModifyEbsDefaultKmsKeyIdResponse.builder()
                        .kmsKeyId(api.ebsEncryption().modifyDefaultKey(required(r.kmsKeyId(), "KmsKeyId")))
                        .build());
    }

    @Override
    public ResetEbsDefaultKmsKeyIdResponse resetEbsDefaultKmsKeyId(ResetEbsDefaultKmsKeyIdRequest r) {
        return call(
                "ResetEbsDefaultKmsKeyId",
                r,
                api -> ResetEbsDefaultKmsKeyIdResponse.builder()
                        .kmsKeyId(api.ebsEncryption().resetDefaultKey())
                        .build());
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest r) {
        return call("DescribeSnapshots", r, api -> {
            var page = api.storage()
                    .describeSnapshots(
                            r.snapshotIds(),
                            r.ownerIds(),
                            Ec2Requests.filters(r.filters()),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()));
            Instant now = cloud.now();
            return DescribeSnapshotsResponse.builder()
                    .snapshots(page.items().stream()
                            .map(s -> StorageResponses.snapshot(s, now))
                            .toList())
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public DeleteSnapshotResponse deleteSnapshot(DeleteSnapshotRequest r) {
        return call("DeleteSnapshot", r, api -> {
            api.storage().deleteSnapshot(r.snapshotId());
            return DeleteSnapshotResponse.builder().build();
        });
    }

    private static Map<String, Volume> volumes(Ec2Api api) {
        return api.storage().volumesById();
    }
}
