package org.ec2tutor.endpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ec2tutor.cli.Ec2Operation;
import org.ec2tutor.cli.OperationCatalog;
import org.ec2tutor.sdk.AccessKeys;
import org.ec2tutor.sdk.CallerContext;
import org.ec2tutor.sdk.SimulatedAws;
import org.ec2tutor.sdk.SimulatedServices;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One request to one answer: picks the protocol (an {@code X-Amz-Target} means awsJson, otherwise the credential
 * scope's service names the Query service), checks the content type and the signature, binds the parameters to the
 * SDK request of the {@code Action}, calls the caller's simulated client by reflection, and writes the SDK response
 * or the AWS error in the protocol's shape. Nothing reaches the account before the request has been read whole and
 * verified. Thread-safe.
 */
final class Dispatcher {

    private final SimulatedAws aws;
    private final PollClock clock;
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    Dispatcher(SimulatedAws aws, PollClock clock) {
        this.aws = aws;
        this.clock = clock;
    }

    Answer answer(Request r) {
        String requestId = aws.newRequestId();
        Optional<String> target = r.header("x-amz-target");
        Optional<String> scope =
                SigV4.scope(r.header("authorization").orElse(null)).map(SigV4.Scope::service);
        WireProtocol protocol = protocolOf(target, scope);
        try {
            SigV4.Verified caller = authenticate(protocol, r);
            if (target.isPresent()) {
                // awsJson: the simulated service is the one the protocol names (ssm, ce, cloudtrail, configservice).
                return json(protocol, protocol.simulatedService(), caller, target.get(), r, requestId);
            }
            if (protocol == WireProtocol.SAVINGSPLANS_REST || protocol == WireProtocol.ACCOUNT_REST) {
                // REST-JSON names the operation in the path: POST /DescribeSavingsPlans, POST /enableRegion.
                String path = r.rawPath().startsWith("/") ? r.rawPath().substring(1) : r.rawPath();
                String operation = path.isEmpty() ? path : Character.toUpperCase(path.charAt(0)) + path.substring(1);
                return json(
                        protocol,
                        protocol.simulatedService(),
                        caller,
                        protocol.version() + "." + operation,
                        r,
                        requestId);
            }
            if (protocol == WireProtocol.S3_REST) {
                return s3(caller, r, requestId);
            }
            Map<String, String> params = queryParams(protocol, r);
            if (protocol == WireProtocol.STS_QUERY) {
                return sts(caller, params, requestId);
            }
            return protocol == WireProtocol.EC2_QUERY
                    ? ec2(caller, params, r, requestId)
                    : query(protocol, caller, params, r, requestId);
        } catch (WireException e) {
            if (protocol == WireProtocol.S3_REST) {
                return s3Error(e.error(), r, requestId);
            }
            return Answer.error(protocol, e.error(), requestId);
        } catch (RuntimeException e) {
            // A fault of the simulator: AWS's InternalError, never a stack trace on the wire.
            return Answer.error(protocol, WireProtocol.internal(), requestId);
        }
    }

    /** An X-Amz-Target names an awsJson service by its prefix; otherwise the credential scope names the service. */
    private static WireProtocol protocolOf(Optional<String> target, Optional<String> scope) {
        if (target.isPresent()) {
            return WireProtocol.byTarget(target.get());
        }
        return switch (scope.orElse("")) {
            case "sts" -> WireProtocol.STS_QUERY;
            case "sns" -> WireProtocol.SNS_QUERY;
            case "s3" -> WireProtocol.S3_REST;
            case "savingsplans" -> WireProtocol.SAVINGSPLANS_REST;
            case "account" -> WireProtocol.ACCOUNT_REST;
            default -> WireProtocol.EC2_QUERY;
        };
    }

    private SigV4.Verified authenticate(WireProtocol protocol, Request r) throws WireException {
        SigV4.Result result =
                SigV4.verify(r.method(), r.rawPath(), r.rawQuery(), r.headers(), r.body(), AccessKeys::byKeyId);
        if (result instanceof SigV4.Refused refused) {
            WireError e = protocol.authError(refused.problem());
            throw new WireException(e);
        }
        SigV4.Verified v = (SigV4.Verified) result;
        if (!v.service().equals(protocol.signingName())) {
            WireError e = protocol.authError(SigV4.Problem.BAD_SIGNATURE);
            throw new WireException(new WireError(
                    e.status(),
                    e.code(),
                    "Credential should be scoped to correct" + " service: '" + protocol.signingName() + "'."));
        }
        if (!aws.knowsRegion(v.region())) {
            WireError e = protocol.authError(SigV4.Problem.BAD_SIGNATURE);
            throw new WireException(new WireError(
                    e.status(),
                    e.code(),
                    "Credential should be scoped to a valid"
                            + " Region; the simulated Regions are us-east-1 and eu-west-1, not '" + v.region() + "'."));
        }
        return v;
    }

    private static Map<String, String> queryParams(WireProtocol protocol, Request r) throws WireException {
        if (r.method().equals("GET")) {
            return FormBody.parse(protocol, r.rawQuery());
        }
        if (!r.method().equals("POST")) {
            throw new WireException(protocol.malformed("The HTTP method " + r.method() + " is not supported"));
        }
        checkContentType(protocol, r);
        return FormBody.parse(protocol, new String(r.body(), StandardCharsets.UTF_8));
    }

    private static void checkContentType(WireProtocol protocol, Request r) throws WireException {
        String type = r.header("content-type").orElse("");
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!bare.equals(protocol.requestContentType())) {
            throw new WireException(protocol.wrongContentType(type.isEmpty() ? "(none)" : type));
        }
    }

    private Answer ec2(SigV4.Verified caller, Map<String, String> params, Request r, String requestId)
            throws WireException {
        WireProtocol p = WireProtocol.EC2_QUERY;
        String action = params.get("Action");
        if (action == null || action.isEmpty()) {
            throw new WireException(p.missingAction());
        }
        checkVersion(p, params);
        OperationCatalog catalog = OperationCatalog.forService("ec2").orElseThrow();
        Ec2Operation op = catalog.findByName(action).orElseThrow(() -> new WireException(p.unknownAction(action)));
        Object request = QueryBinder.bind(p, op.newBuilder(), params);
        Object response = call(op, client("ec2", caller), recorded(caller, r), request);
        return Answer.of(
                200, p.responseContentType(), XmlWriter.ec2Response(action, requestId, (SdkPojo) response), requestId);
    }

    private Answer sts(SigV4.Verified caller, Map<String, String> params, String requestId) throws WireException {
        WireProtocol p = WireProtocol.STS_QUERY;
        String action = params.get("Action");
        if (action == null || action.isEmpty()) {
            throw new WireException(p.missingAction());
        }
        checkVersion(p, params);
        if (!action.equals("GetCallerIdentity")) {
            throw new WireException(p.unknownAction(action));
        }
        for (String name : params.keySet()) {
            if (!name.equals("Action") && !name.equals("Version")) {
                throw new WireException(p.unknownParameter(name));
            }
        }
        return Answer.of(200, p.responseContentType(), StsResponses.callerIdentity(caller.key(), requestId), requestId);
    }

    /** A Query service other than EC2 and STS (SNS): {@code <ActionResponse><ActionResult>} answers. */
    private Answer query(WireProtocol p, SigV4.Verified caller, Map<String, String> params, Request r, String requestId)
            throws WireException {
        String action = params.get("Action");
        if (action == null || action.isEmpty()) {
            throw new WireException(p.missingAction());
        }
        checkVersion(p, params);
        OperationCatalog catalog =
                OperationCatalog.forService(p.simulatedService()).orElseThrow();
        Ec2Operation op = catalog.findByName(action).orElseThrow(() -> new WireException(p.unknownAction(action)));
        Object request = QueryBinder.bind(p, op.newBuilder(), params);
        Object response = call(op, client(p.simulatedService(), caller), recorded(caller, r), request);
        return Answer.of(
                200,
                p.responseContentType(),
                XmlWriter.queryResponse(action, p.xmlNamespace(), requestId, (SdkPojo) response),
                requestId);
    }

    /** S3's REST-XML: the route names the operation; path, query, headers and body its members. */
    private Answer s3(SigV4.Verified caller, Request r, String requestId) throws WireException {
        S3Routes.Resource resource = S3Routes.resource(r.rawPath());
        Map<String, String> query = FormBody.parse(WireProtocol.S3_REST, r.rawQuery());
        S3Routes.Route route = S3Routes.find(r.method(), resource, query)
                .orElseThrow(() -> new WireException(WireProtocol.S3_REST.unknownAction(r.method())));
        Ec2Operation op = route.operation();
        byte[] body = AwsChunked.applies(r) ? AwsChunked.decode(r.body()) : r.body();
        boolean streamingInput = op.streaming() == Ec2Operation.Streaming.INPUT;
        Object request = RestXml.bind(op.newBuilder(), resource, query, r, streamingInput ? new byte[0] : body);
        Object client = client("s3api", caller);
        Object response = streamingInput
                ? call(op, client, recorded(caller, r), request, RequestBody.fromBytes(body))
                : call(op, client, recorded(caller, r), request);
        byte[] streamed = null;
        if (response instanceof ResponseInputStream<?> in) {
            try (in) {
                streamed = in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new WireException(WireProtocol.internal());
            }
            response = in.response();
        }
        RestXml.Written w = RestXml.write((SdkPojo) response, S3Routes.resultElement(op.name()), streamed);
        Map<String, String> headers = new java.util.LinkedHashMap<>(w.headers());
        headers.put("x-amz-request-id", requestId);
        int status = w.body().length == 0 && r.method().equals("DELETE") ? 204 : w.status();
        return new Answer(status, w.contentType(), w.body(), requestId, headers);
    }

    /** An S3 error names the bucket or key it is about. */
    private static Answer s3Error(WireError e, Request r, String requestId) {
        String body = r.method().equals("HEAD") ? "" : S3Errors.body(e, requestId, S3Routes.resource(r.rawPath()));
        return new Answer(
                e.status(),
                WireProtocol.S3_REST.responseContentType(),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                requestId,
                Map.of("x-amz-request-id", requestId));
    }

    /** A JSON protocol (awsJson or REST-JSON): {@code target} is {@code Prefix.Operation}. */
    private Answer json(
            WireProtocol p, String service, SigV4.Verified caller, String target, Request r, String requestId)
            throws WireException {
        if (!r.method().equals("POST")) {
            throw new WireException(p.malformed("The HTTP method " + r.method() + " is not supported"));
        }
        checkContentType(p, r);
        String prefix = p.version() + ".";
        String action = target.startsWith(prefix) ? target.substring(prefix.length()) : target;
        OperationCatalog catalog = OperationCatalog.forService(service).orElseThrow();
        Ec2Operation op = target.startsWith(prefix) ? catalog.findByName(action).orElse(null) : null;
        if (op == null) {
            throw new WireException(p.unknownAction(target));
        }
        JsonNode body;
        try {
            body = r.body().length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new WireException(p.malformed("The request body is not valid JSON"));
        } catch (java.io.IOException e) {
            throw new WireException(p.malformed("The request body could not be read"));
        }
        if (body == null) {
            throw new WireException(p.malformed("The request body is empty"));
        }
        Object request = JsonCodec.bind(op.newBuilder(), body);
        checkRequired(op, (SdkPojo) request);
        Object response = call(op, client(service, caller), recorded(caller, r), request);
        return Answer.of(
                200,
                p.responseContentType(),
                JsonCodec.write((SdkPojo) response).toString(),
                requestId);
    }

    /**
     * A required member left out (the SDK does not check; the CLI does) is the service's validation error, as AWS's
     * JSON services answer it, not a fault of the simulator.
     */
    private static void checkRequired(Ec2Operation op, SdkPojo request) throws WireException {
        for (String member : op.requiredMembers()) {
            for (SdkField<?> f : request.sdkFields()) {
                if (f.memberName().equals(member) && f.getValueOrDefault(request) == null) {
                    String name = Character.toLowerCase(member.charAt(0)) + member.substring(1);
                    throw new WireException(new WireError(
                            400,
                            "ValidationException",
                            "1 validation error detected: Value null at '" + name
                                    + "' failed to satisfy constraint: Member must not be null"));
                }
            }
        }
    }

    private static void checkVersion(WireProtocol p, Map<String, String> params) throws WireException {
        String version = params.get("Version");
        if (version == null) {
            throw new WireException(p.missingVersion());
        }
        if (!version.equals(p.version())) {
            throw new WireException(p.noSuchVersion(version));
        }
    }

    /** The caller the API history records: the signing key, the peer's address and its User-Agent. */
    private static Caller recorded(SigV4.Verified caller, Request r) {
        return new Caller(
                caller.key().accessKeyId(),
                r.sourceIpAddress(),
                r.header("user-agent").orElse(""));
    }

    /** Who is on the wire, for the API history. */
    private record Caller(String accessKeyId, String sourceIpAddress, String userAgent) {}

    private Object call(Ec2Operation op, Object client, Caller caller, Object... arguments) throws WireException {
        if (PollClock.isRead(op.name())) {
            clock.beforeRead();
        }
        CallerContext.Scope scope =
                CallerContext.overHttp(caller.accessKeyId(), caller.sourceIpAddress(), caller.userAgent());
        try {
            return op.method().invoke(client, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException s && s.awsErrorDetails() != null) {
                int status = s.statusCode() > 0 ? s.statusCode() : 400;
                String message = s.awsErrorDetails().errorMessage();
                String code = s.awsErrorDetails().errorCode();
                throw new WireException(new WireError(status, code, message == null ? "" : message, shape(s, code)));
            }
            throw new WireException(WireProtocol.internal());
        } finally {
            scope.close();
        }
    }

    /**
     * The name of the error's shape in the service model: a modelled exception's class names it
     * ({@code QueueDoesNotExistException}), a service's base exception carries only the code.
     */
    private static String shape(AwsServiceException s, String code) {
        Class<?> base = s.getClass().getSuperclass();
        boolean modelled = base != null
                && base != AwsServiceException.class
                && AwsServiceException.class.isAssignableFrom(base)
                && s.getClass().getSimpleName().endsWith("Exception");
        return modelled ? s.getClass().getSimpleName().replaceFirst("Exception$", "") : code;
    }

    /** The caller's client: its account, the Region of its credential scope. */
    private Object client(String service, SigV4.Verified caller) {
        String key = service + "/" + caller.key().accountId() + "/" + caller.region();
        return clients.computeIfAbsent(
                key,
                k -> aws.client(
                        SimulatedServices.find(service).orElseThrow(),
                        caller.key().accountId(),
                        caller.region()));
    }
}
