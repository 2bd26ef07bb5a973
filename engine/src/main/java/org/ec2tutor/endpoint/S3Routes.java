package org.ec2tutor.endpoint;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ec2tutor.cli.Ec2Operation;
import org.ec2tutor.cli.OperationCatalog;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.protocols.core.OperationInfo;

/**
 * S3's operations by HTTP method and path, read from the SDK's own request marshallers: each generated
 * {@code ...transform.PutBucketPolicyRequestMarshaller} holds its operation's method and URI template
 * ({@code PUT ?policy}, {@code GET /{Key+}}, relative to the bucket, which the SDK's endpoint rules put first in a
 * path-style URL), and whether the request has a {@code Bucket} path member says whether the path starts with a
 * bucket. A request matches the routes of its method whose path shape fits and whose literal query keys it carries;
 * the route with the most literal keys wins (so {@code PUT /b?policy} is PutBucketPolicy, {@code PUT /b}
 * CreateBucket), then an operation the simulator implements (a {@code PUT /b/k} is PutObject, not CopyObject, which
 * AWS tells apart by a header), then the one its {@code x-id} names. Built once, on the first S3 request.
 */
final class S3Routes {

    /** Where an operation's path points: the service ({@code /}), a bucket, or an object in one. */
    enum Target {
        SERVICE,
        BUCKET,
        OBJECT
    }

    /** One operation's route. */
    record Route(Ec2Operation operation, String method, Target target, Map<String, String> literals) {}

    /** What a request names: bucket (empty for the service) and key (empty for a bucket). */
    record Resource(String bucket, String key) {
        Target target() {
            return bucket.isEmpty() ? Target.SERVICE : key.isEmpty() ? Target.BUCKET : Target.OBJECT;
        }
    }

    private static volatile List<Route> routes;

    private S3Routes() {}

    /** The operation {@code method} on {@code resource} with these query parameters names, if any. */
    static Optional<Route> find(String method, Resource resource, Map<String, String> query) {
        Route best = null;
        int bestScore = -1;
        for (Route r : all()) {
            if (!r.method().equals(method) || r.target() != resource.target()) {
                continue;
            }
            int score = score(r, query);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** -1 when a literal key is missing; else 4 per literal key, 2 if simulated, 1 if x-id names it. */
    private static int score(Route r, Map<String, String> query) {
        int score = 0;
        for (Map.Entry<String, String> literal : r.literals().entrySet()) {
            String given = query.get(literal.getKey());
            if (given == null
                    || (!literal.getValue().isEmpty() && !literal.getValue().equals(given))) {
                return -1;
            }
            score += 4;
        }
        if (OperationCatalog.forService("s3api").orElseThrow().isSimulated(r.operation())) {
            score += 2;
        }
        if (r.operation().name().equals(query.get("x-id"))) {
            score += 1;
        }
        return score;
    }

    /** A path-style path ({@code /bucket/key/with/slashes}), percent-decoded. */
    static Resource resource(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        return new Resource(SigV4.percentDecode(bucket), SigV4.percentDecode(key));
    }

    private static List<Route> all() {
        List<Route> r = routes;
        if (r == null) {
            r = build();
            routes = r;
        }
        return r;
    }

    private static List<Route> build() {
        OperationCatalog catalog = OperationCatalog.forService("s3api").orElseThrow();
        List<Route> out = new ArrayList<>();
        for (String name : catalog.operationNames()) {
            Ec2Operation op = catalog.findByName(name).orElseThrow();
            operationInfo(op).ifPresent(info -> out.add(route(op, info)));
        }
        return List.copyOf(out);
    }

    private static Route route(Ec2Operation op, OperationInfo info) {
        String uri = info.requestUri() == null ? "" : info.requestUri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        Map<String, String> literals = new LinkedHashMap<>();
        if (q >= 0) {
            for (String part : uri.substring(q + 1).split("&", -1)) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                // x-id only names the operation for the SDK's own logs; AWS and the CLI do without it.
                if (!key.isEmpty() && !key.equals("x-id")) {
                    literals.put(key, eq < 0 ? "" : part.substring(eq + 1));
                }
            }
        }
        boolean bucket = op.newBuilder().sdkFields().stream()
                .anyMatch(f -> f.location() == MarshallLocation.PATH && "Bucket".equals(f.locationName()));
        Target target = !bucket ? Target.SERVICE : path.contains("{Key") ? Target.OBJECT : Target.BUCKET;
        return new Route(op, info.httpMethod().name(), target, Map.copyOf(literals));
    }

    /** The generated marshaller's {@code SDK_OPERATION_BINDING}: the operation's method and URI template. */
    private static Optional<OperationInfo> operationInfo(Ec2Operation op) {
        Class<?> request = op.requestClass();
        String marshaller = request.getPackageName().replaceFirst("\\.model$", ".transform") + "."
                + request.getSimpleName() + "Marshaller";
        try {
            Field f =
                    Class.forName(marshaller, true, request.getClassLoader()).getDeclaredField("SDK_OPERATION_BINDING");
            f.setAccessible(true);
            return Optional.of((OperationInfo) f.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The root element of an operation's XML answer. The SDK's model does not carry it (its parser reads the root's
     * children whatever the root's name); these are AWS's names (Amazon S3 API Reference), else
     * {@code OperationResult}.
     */
    static String resultElement(String operation) {
        return switch (operation) {
            case "ListBuckets" -> "ListAllMyBucketsResult";
            case "ListObjects", "ListObjectsV2" -> "ListBucketResult";
            case "GetBucketLocation" -> "LocationConstraint";
            default -> operation + "Result";
        };
    }

    /** The path members a route's request reads: the bucket and the (greedy) key. */
    static Optional<String> pathValue(SdkField<?> f, Resource resource) {
        if ("Bucket".equals(f.locationName())) {
            return Optional.of(resource.bucket());
        }
        if ("Key".equals(f.locationName())) {
            return Optional.of(resource.key());
        }
        return Optional.empty();
    }
}
