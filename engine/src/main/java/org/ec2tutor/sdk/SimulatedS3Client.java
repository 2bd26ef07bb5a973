package org.ec2tutor.sdk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.s3.S3Api;
import org.ec2tutor.cloud.s3.StoredObject;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.CreateBucketResponse;
import software.amazon.awssdk.services.s3.model.DeleteBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.DeleteBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.DeleteBucketRequest;
import software.amazon.awssdk.services.s3.model.DeleteBucketResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsRequest;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The real {@link S3Client} interface on the simulated cloud, for the few operations a learner needs around trails:
 * buckets (create, delete, list, policies) and objects (put, get, head, list, delete). Every other S3 operation
 * answers {@code OperationNotSimulated}. Errors are the SDK's S3 exceptions ({@code NoSuchBucketException}, ...).
 *
 * <p>Object calls are CloudTrail data events: recorded in the API history, but not in event history or trail log
 * files (trails here log management events only, CloudTrail's default).
 */
public final class SimulatedS3Client implements S3Client {

    /** The operations CloudTrail counts as data events (object-level), not management events. */
    private static final Set<String> DATA_EVENTS =
            Set.of("PutObject", "GetObject", "HeadObject", "DeleteObject", "ListObjectsV2", "ListObjects");

    /** Objects are encrypted at rest by default (SSE-S3) since January 2023, and responses say so. */
    private static final String SSE = "AES256";

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final Caller caller;

    private SimulatedS3Client(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.caller = caller;
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static S3Client create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                S3Client.class,
                new SimulatedS3Client(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedS3Client[" + account.profile() + "@" + region + "]",
                op -> ServiceExceptions.s3(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private <T> T call(String operation, Object request, Function<S3Api, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            boolean management = !DATA_EVENTS.contains(operation);
            try {
                T result = body.apply(cloud.s3(account, region));
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "s3",
                                operation,
                                Optional.empty(),
                                who,
                                TrailPayloads.succeeded(
                                        TrailPayloads.Style.PLAIN, operation, request, result, management)));
                return result;
            } catch (AwsException e) {
                String requestId = cloud.newRequestId();
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                region,
                                "s3",
                                operation,
                                Optional.of(e.code().code()),
                                who,
                                TrailPayloads.failed(TrailPayloads.Style.PLAIN, request, e, requestId, management)));
                throw ServiceExceptions.s3(e, requestId);
            }
        });
    }

    @Override
    public CreateBucketResponse createBucket(CreateBucketRequest r) {
        return call("CreateBucket", r, api -> {
            String constraint = r.createBucketConfiguration() == null
                    ? ""
                    : Optional.ofNullable(r.createBucketConfiguration().locationConstraintAsString())
                            .orElse("");
            var b = api.createBucket(r.bucket(), constraint);
            return CreateBucketResponse.builder()
                    .location(
                            b.region() == Region.US_EAST_1
                                    ? "/" + b.name()
                                    : "http://" + b.name() + ".s3.amazonaws.com/")
                    .build();
        });
    }

    @Override
    public DeleteBucketResponse deleteBucket(DeleteBucketRequest r) {
        return call("DeleteBucket", r, api -> {
            api.deleteBucket(r.bucket());
            return DeleteBucketResponse.builder().build();
        });
    }

    @Override
    public ListBucketsResponse listBuckets(ListBucketsRequest r) {
        return call(
                "ListBuckets",
                r,
                api -> ListBucketsResponse.builder()
                        .buckets(api.listBuckets().stream()
                                .map(b -> Bucket.builder()
                                        .name(b.name())
                                        .creationDate(b.createdAt())
                                        .bucketRegion(b.region().id())
                                        .build())
                                .toList())
                        .owner(Owner.builder().id(canonicalUserId()).build())
                        .build());
    }

    /** The account's canonical user id: 64 hex digits, here derived from the account id (never random). */
    private String canonicalUserId() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(("canonical " + account.id().value()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public PutBucketPolicyResponse putBucketPolicy(PutBucketPolicyRequest r) {
        return call("PutBucketPolicy", r, api -> {
            api.putBucketPolicy(r.bucket(), r.policy());
            return PutBucketPolicyResponse.builder().build();
        });
    }

    @Override
    public GetBucketPolicyResponse getBucketPolicy(GetBucketPolicyRequest r) {
        return call(
                "GetBucketPolicy",
                r,
                api -> GetBucketPolicyResponse.builder()
                        .policy(api.getBucketPolicy(r.bucket()))
                        .build());
    }

    @Override
    public DeleteBucketPolicyResponse deleteBucketPolicy(DeleteBucketPolicyRequest r) {
        return call("DeleteBucketPolicy", r, api -> {
            api.deleteBucketPolicy(r.bucket());
            return DeleteBucketPolicyResponse.builder().build();
        });
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest r, RequestBody body) {
        byte[] content = read(body);
        return call("PutObject", r, api -> {
            StoredObject o = api.putObject(r.bucket(), r.key(), content, r.contentType());
            return PutObjectResponse.builder()
                    .eTag(o.etag())
                    .serverSideEncryption(SSE)
                    .build();
        });
    }

    @Override
    public <ReturnT> ReturnT getObject(GetObjectRequest r, ResponseTransformer<GetObjectResponse, ReturnT> out) {
        StoredObject o = call("GetObject", r, api -> api.getObject(r.bucket(), r.key()));
        GetObjectResponse response = GetObjectResponse.builder()
                .acceptRanges("bytes")
                .lastModified(o.lastModified())
                .contentLength(o.size())
                .eTag(o.etag())
                .contentType(o.contentType())
                .serverSideEncryption(SSE)
                .metadata(Map.of())
                .build();
        try {
            return out.transform(response, AbortableInputStream.create(new ByteArrayInputStream(o.content())));
        } catch (Exception e) {
            throw SdkClientException.create("could not read the object's content", e);
        }
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest r) {
        return call("HeadObject", r, api -> {
            StoredObject o = api.getObject(r.bucket(), r.key());
            return HeadObjectResponse.builder()
                    .acceptRanges("bytes")
                    .lastModified(o.lastModified())
                    .contentLength(o.size())
                    .eTag(o.etag())
                    .contentType(o.contentType())
                    .serverSideEncryption(SSE)
                    .metadata(Map.of())
                    .build();
        });
    }

    @Override
    public DeleteObjectResponse deleteObject(DeleteObjectRequest r) {
        return call("DeleteObject", r, api -> {
            api.deleteObject(r.bucket(), r.key());
            return DeleteObjectResponse.builder().build();
        });
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request r) {
        return call("ListObjectsV2", r, api -> {
            int max = r.maxKeys() == null ? 1000 : r.maxKeys();
            S3Api.Listing l =
                    api.listObjects(r.bucket(), r.prefix(), r.delimiter(), max, r.continuationToken(), r.startAfter());
            var b = ListObjectsV2Response.builder()
                    .isTruncated(l.truncated())
                    .name(r.bucket())
                    .prefix(r.prefix() == null ? "" : r.prefix())
                    .delimiter(r.delimiter())
                    .maxKeys(max)
                    .keyCount(l.keyCount())
                    .continuationToken(r.continuationToken())
                    .nextContinuationToken(l.nextContinuationToken().orElse(null))
                    .startAfter(r.startAfter())
                    .encodingType(r.encodingTypeAsString());
            if (!l.contents().isEmpty()) {
                b.contents(l.contents().stream()
                        .map(o -> S3Object.builder()
                                .key(o.key())
                                .lastModified(o.lastModified())
                                .eTag(o.etag())
                                .size(o.size())
                                .storageClass("STANDARD")
                                .build())
                        .toList());
            }
            if (!l.commonPrefixes().isEmpty()) {
                b.commonPrefixes(l.commonPrefixes().stream()
                        .map(p -> CommonPrefix.builder().prefix(p).build())
                        .toList());
            }
            return b.build();
        });
    }

    private static byte[] read(RequestBody body) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
