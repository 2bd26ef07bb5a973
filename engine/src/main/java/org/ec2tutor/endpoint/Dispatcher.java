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
import software.amazon.awssdk.core.SdkPojo;

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
            Map<String, String> params = queryParams(protocol, r);
            return protocol == WireProtocol.STS_QUERY
                    ? sts(caller, params, requestId)
                    : ec2(caller, params, r, requestId);
        } catch (WireException e) {
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
        if (scope.filter("sts"::equals).isPresent()) {
            return WireProtocol.STS_QUERY;
        }
        if (scope.filter("account"::equals).isPresent()) {
            return WireProtocol.ACCOUNT_REST;
        }
        return scope.filter("savingsplans"::equals).isPresent()
                ? WireProtocol.SAVINGSPLANS_REST
                : WireProtocol.EC2_QUERY;
    }

    private SigV4.Verified authenticate(WireProtocol protocol, Request r) throws WireException {
        SigV4.Result result =
                SigV4.verify(r.method(), r.rawPath(), r.rawQuery(), r.headers(), r.body(), AccessKeys::byKeyId);
        if (result instanceof SigV4.Refused refused) {
            throw new WireException(protocol.authError(refused.problem()));
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
        Object response = call(op, client("ec2", caller), request, recorded(caller, r));
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
        Object response = call(op, client(service, caller), request, recorded(caller, r));
        return Answer.of(
                200,
                p.responseContentType(),
                JsonCodec.write((SdkPojo) response).toString(),
                requestId);
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

    private Object call(Ec2Operation op, Object client, Object request, Caller caller) throws WireException {
        if (PollClock.isRead(op.name())) {
            clock.beforeRead();
        }
        CallerContext.Scope scope =
                CallerContext.overHttp(caller.accessKeyId(), caller.sourceIpAddress(), caller.userAgent());
        try {
            return op.method().invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException s && s.awsErrorDetails() != null) {
                int status = s.statusCode() > 0 ? s.statusCode() : 400;
                String message = s.awsErrorDetails().errorMessage();
                throw new WireException(status, s.awsErrorDetails().errorCode(), message == null ? "" : message);
            }
            throw new WireException(WireProtocol.internal());
        } finally {
            scope.close();
        }
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
