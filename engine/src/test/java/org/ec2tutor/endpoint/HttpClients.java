package org.ec2tutor.endpoint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Real SDK clients pointed at an endpoint, and raw requests signed by the SDK's own SigV4 signer. */
final class HttpClients {

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect");
    private static final HttpClient RAW =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpClients() {}

    static Ec2Client ec2(Endpoint endpoint, String profile, String region) {
        AccessKey k = AccessKeys.forProfile(profile).orElseThrow();
        return ec2(endpoint, k.accessKeyId(), k.secretAccessKey(), region);
    }

    static Ec2Client ec2(Endpoint endpoint, String keyId, String secret, String region) {
        return Ec2Client.builder()
                .endpointOverride(endpoint.url())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    static SsmClient ssm(Endpoint endpoint, String profile) {
        AccessKey k = AccessKeys.forProfile(profile).orElseThrow();
        return SsmClient.builder()
                .endpointOverride(endpoint.url())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * Any SDK client (EventBridge, SQS, SNS, S3) as {@code profile} in us-east-1 against the endpoint, one attempt a
     * call: {@code HttpClients.sdk(SqsClient.builder(), endpoint, "default")}.
     */
    static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C sdk(
            B builder, Endpoint endpoint, String profile) {
        return sdk(builder, endpoint, profile, Region.US_EAST_1);
    }

    static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C sdk(
            B builder, Endpoint endpoint, String profile, Region region) {
        AccessKey k = AccessKeys.forProfile(profile).orElseThrow();
        return builder.endpointOverride(endpoint.url())
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    /** A POST signed for {@code service} as {@code profile}'s key (or any key id and secret), sent as it is. */
    static HttpResponse<String> post(
            Endpoint endpoint, String keyId, String secret, String service, Map<String, String> headers, byte[] body)
            throws Exception {
        return post(endpoint, keyId, secret, service, "/", headers, body);
    }

    /** The same to a path, as REST protocols name the operation ({@code /DescribeSavingsPlans}). */
    static HttpResponse<String> post(
            Endpoint endpoint,
            String keyId,
            String secret,
            String service,
            String path,
            Map<String, String> headers,
            byte[] body)
            throws Exception {
        SdkHttpRequest.Builder request =
                SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(endpoint.url() + path));
        headers.forEach(request::putHeader);
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsBasicCredentials.create(keyId, secret))
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(endpoint.url() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> out.header(name, v));
            }
        });
        return RAW.send(out.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET of {@code pathAndQuery} signed for {@code service} as {@code profile}. */
    static HttpResponse<String> get(Endpoint endpoint, String profile, String service, String pathAndQuery)
            throws Exception {
        AccessKey k = AccessKeys.forProfile(profile).orElseThrow();
        URI uri = URI.create(endpoint.url() + pathAndQuery);
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey()))
                        .request(SdkHttpRequest.builder()
                                .method(SdkHttpMethod.GET)
                                .uri(uri)
                                .build())
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder out = HttpRequest.newBuilder(uri).GET();
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> out.header(name, v));
            }
        });
        return RAW.send(out.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(Endpoint endpoint, String profile, String service, String contentType, String body)
            throws Exception {
        AccessKey k = AccessKeys.forProfile(profile).orElseThrow();
        return post(
                endpoint,
                k.accessKeyId(),
                k.secretAccessKey(),
                service,
                Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
