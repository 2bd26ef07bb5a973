package org.ec2tutor.agent;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ec2tutor.sdk.model.account.AccountClient;
import org.ec2tutor.sdk.model.account.AccountException;
import org.ec2tutor.sdk.model.config.ConfigClient;
import org.ec2tutor.sdk.model.config.ConfigException;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerClient;
import org.ec2tutor.sdk.model.costexplorer.CostExplorerException;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansClient;
import org.ec2tutor.sdk.model.savingsplans.SavingsPlansException;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.util.AwsHeader;
import software.amazon.awssdk.core.ClientEndpointProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.http.HttpResponseHandler;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.protocols.core.OperationInfo;
import software.amazon.awssdk.protocols.json.AwsJsonProtocol;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.json.JsonOperationMetadata;
import software.amazon.awssdk.utils.IoUtils;

/**
 * The SDK client of a service interface ec2-tutor wrote in the SDK's conventions (AWS Config, Savings Plans, Cost
 * Explorer, in {@code org.ec2tutor.sdk.model}): their SDK modules, and so their generated {@code DefaultXxxClient}s,
 * are not available to this build. One implementation answers every operation of such an interface the way a
 * generated client's method does (compare {@code DefaultSsmClient} and its {@code *RequestMarshaller}s): the SDK's
 * {@link AwsJsonProtocolFactory} marshals the request (its {@link OperationInfo} from the operation's name, the
 * request class's name less {@code Request}), the SDK's SigV4 signer signs it, the SDK's HTTP client sends it, and the
 * same factory's handlers unmarshal the answer into the response's builder or an error into the service's exception
 * (AWS's code, message, status and request id). Not there: retries, interceptors, metrics and endpoint rules; the
 * endpoint is the session's, on loopback.
 */
final class JsonProtocolClient implements InvocationHandler {

    /** What a generated client of each service fixes: its protocol, target prefix, signing and exception. */
    @SuppressWarnings("ImmutableEnumChecker") // the exception suppliers are static method references
    enum Service {
        CONFIG(
                ConfigClient.class,
                AwsJsonProtocol.AWS_JSON,
                "StarlingDoveService",
                "config",
                "Config",
                ConfigException::builder,
                operation -> "/"),
        COST_EXPLORER(
                CostExplorerClient.class,
                AwsJsonProtocol.AWS_JSON,
                "AWSInsightsIndexService",
                "ce",
                "CostExplorer",
                CostExplorerException::builder,
                operation -> "/"),
        /** REST-JSON: {@code POST /OperationName}, as botocore's savingsplans model has every operation. */
        SAVINGS_PLANS(
                SavingsPlansClient.class,
                AwsJsonProtocol.REST_JSON,
                "",
                "savingsplans",
                "SavingsPlans",
                SavingsPlansException::builder,
                operation -> "/" + operation),
        /** REST-JSON too, but botocore's account model names each path in lower camel case: {@code POST /enableRegion}. */
        ACCOUNT(
                AccountClient.class,
                AwsJsonProtocol.REST_JSON,
                "",
                "account",
                "Account",
                AccountException::builder,
                operation -> "/" + Character.toLowerCase(operation.charAt(0)) + operation.substring(1));

        private final Class<?> iface;
        private final AwsJsonProtocol protocol;
        private final String targetPrefix;
        private final String signingName;
        private final String serviceName;
        private final Supplier<SdkPojo> exception;
        private final UnaryOperator<String> requestPath;

        Service(
                Class<?> iface,
                AwsJsonProtocol protocol,
                String targetPrefix,
                String signingName,
                String serviceName,
                Supplier<SdkPojo> exception,
                UnaryOperator<String> requestPath) {
            this.iface = iface;
            this.protocol = protocol;
            this.targetPrefix = targetPrefix;
            this.signingName = signingName;
            this.serviceName = serviceName;
            this.exception = exception;
            this.requestPath = requestPath;
        }

        /** The row of the interface named {@code interfaceName}, if it is one of these services'. */
        static Optional<Service> of(Class<?> iface) {
            for (Service s : values()) {
                if (s.iface == iface) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        /** As the generated {@code *RequestMarshaller}'s {@code SDK_OPERATION_BINDING}. */
        OperationInfo operationInfo(String operation, boolean hasPayloadMembers) {
            OperationInfo.Builder b = OperationInfo.builder()
                    .httpMethod(SdkHttpMethod.POST)
                    .hasExplicitPayloadMember(false)
                    .hasImplicitPayloadMembers(hasPayloadMembers)
                    .hasPayloadMembers(hasPayloadMembers);
            b.requestUri(requestPath.apply(operation));
            return protocol == AwsJsonProtocol.AWS_JSON
                    ? b.operationIdentifier(targetPrefix + "." + operation).build()
                    : b.build();
        }
    }

    private static final JsonOperationMetadata JSON_PAYLOAD = JsonOperationMetadata.builder()
            .hasStreamingSuccessResponse(false)
            .isPayloadJson(true)
            .build();

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final Service service;
    private final AwsJsonProtocolFactory protocolFactory;
    private final HttpResponseHandler<AwsServiceException> errorHandler;
    private final SdkHttpClient http;
    private final AwsCredentialsIdentity credentials;
    private final String region;
    private final Map<Method, Operation> operations = new ConcurrentHashMap<>();
    /** As the SDK's user agent begins (CloudTrail records it): the SDK, its version, the service and the JVM. */
    private final String userAgent;

    private JsonProtocolClient(
            Service service, URI endpoint, SdkHttpClient http, AwsCredentialsIdentity credentials, String region) {
        this.service = service;
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.userAgent = "aws-sdk-java/" + VersionInfo.SDK_VERSION + " ua/2.1 api/" + service.serviceName + "#"
                + VersionInfo.SDK_VERSION + " lang/java#" + System.getProperty("java.version");
        // As a generated client's init(): the endpoint from the client's configuration, the service's exception.
        this.protocolFactory = AwsJsonProtocolFactory.builder()
                .clientConfiguration(SdkClientConfiguration.builder()
                        .option(
                                SdkClientOption.CLIENT_ENDPOINT_PROVIDER,
                                ClientEndpointProvider.forEndpointOverride(endpoint))
                        .build())
                .defaultServiceExceptionSupplier(service.exception)
                .protocol(service.protocol)
                .protocolVersion("1.1")
                .build();
        // No modeled exception subclasses: every error code becomes the service's exception, as an unknown code does.
        this.errorHandler = protocolFactory.createErrorResponseHandler(JSON_PAYLOAD, code -> Optional.empty());
    }

    /** A client of {@code service}'s interface calling {@code endpoint} with these keys, signed for {@code region}. */
    static <C> C create(
            Class<C> iface,
            Service service,
            URI endpoint,
            SdkHttpClient http,
            String keyId,
            String secret,
            String region) {
        JsonProtocolClient handler =
                new JsonProtocolClient(service, endpoint, http, AwsCredentialsIdentity.create(keyId, secret), region);
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> service.iface.getSimpleName() + " of " + service.signingName;
            };
        }
        if (args != null && args.length == 1 && AwsRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
            AwsRequest request = (AwsRequest) args[0];
            return call(operations.computeIfAbsent(method, m -> operation(m, (SdkPojo) request)), request);
        }
        return switch (method.getName()) {
            case "serviceName" -> service.iface.getField("SERVICE_NAME").get(null);
            // The HTTP client is the agent's, shared by every client.
            case "close" -> null;
            // The Consumer<Builder> overloads build the request and call the method above, as in the SDK.
            default -> {
                if (!method.isDefault()) {
                    throw new UnsupportedOperationException(method.getName());
                }
                yield InvocationHandler.invokeDefault(proxy, method, args);
            }
        };
    }

    /** An operation's fixed parts, as a generated client method holds them. */
    private record Operation(String name, OperationInfo info, HttpResponseHandler<SdkPojo> responseHandler) {}

    /**
     * The operation {@code method} calls: named by its request class, with payload members if the request has any
     * (as the generated marshaller's binding says), unmarshalled into a new builder of the method's response class.
     */
    private Operation operation(Method method, SdkPojo request) {
        String requestClass = method.getParameterTypes()[0].getSimpleName();
        String name = requestClass.substring(0, requestClass.length() - "Request".length());
        boolean payload = request.sdkFields().stream().anyMatch(f -> f.location() == MarshallLocation.PAYLOAD);
        Method builder;
        try {
            builder = method.getReturnType().getMethod("builder");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(method + " does not return an SDK response", e);
        }
        Supplier<SdkPojo> responseBuilder = () -> {
            try {
                return (SdkPojo) builder.invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot build " + method.getReturnType().getName(), e);
            }
        };
        return new Operation(
                name,
                service.operationInfo(name, payload),
                protocolFactory.createResponseHandler(JSON_PAYLOAD, responseBuilder));
    }

    private Object call(Operation op, AwsRequest request) throws Exception {
        SdkHttpFullRequest marshalled =
                protocolFactory.createProtocolMarshaller(op.info()).marshall(request).toBuilder()
                        .putHeader("User-Agent", userAgent)
                        .build();
        byte[] body = marshalled.contentStreamProvider().isPresent()
                ? IoUtils.toByteArray(marshalled.contentStreamProvider().get().newStream())
                : new byte[0];
        SdkHttpFullRequest sized = marshalled.toBuilder()
                .putHeader("Content-Length", Integer.toString(body.length))
                .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body))
                .build();
        SignedRequest signed = SIGNER.sign(r -> r.identity(credentials)
                .request(sized)
                .payload(sized.contentStreamProvider().orElseThrow())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpExecuteResponse answer;
        try {
            answer = http.prepareRequest(HttpExecuteRequest.builder()
                            .request(signed.request())
                            .contentStreamProvider(signed.payload().orElse(null))
                            .build())
                    .call();
        } catch (IOException e) {
            throw SdkClientException.builder()
                    .message("Unable to execute HTTP request: " + e.getMessage())
                    .cause(e)
                    .build();
        }
        SdkHttpFullResponse response = SdkHttpFullResponse.builder()
                .statusCode(answer.httpResponse().statusCode())
                .statusText(answer.httpResponse().statusText().orElse(null))
                .headers(answer.httpResponse().headers())
                .content(answer.responseBody().orElse(null))
                .build();
        ExecutionAttributes attributes = new ExecutionAttributes()
                .putAttribute(SdkExecutionAttribute.SERVICE_NAME, service.serviceName)
                .putAttribute(SdkExecutionAttribute.OPERATION_NAME, op.name());
        if (!response.isSuccessful()) {
            throw errorHandler.handle(response, attributes);
        }
        AwsResponse out = (AwsResponse) op.responseHandler().handle(response, attributes);
        // What the SDK's client handler adds to every response: the HTTP response and the request id.
        return out.toBuilder()
                .responseMetadata(DefaultAwsResponseMetadata.create(Map.of(
                        AwsHeader.AWS_REQUEST_ID,
                        response.firstMatchingHeader(HttpResponseHandler.X_AMZN_REQUEST_ID_HEADERS)
                                .orElse("UNKNOWN"))))
                .sdkHttpResponse(response)
                .build();
    }
}
