package org.ec2tutor.endpoint;

import java.util.Map;

/**
 * The one table of the wire protocols the endpoint speaks: per service its signing name, API version, XML
 * namespace, content types, how a list parameter is named, the error shape and the codes AWS answers for bad
 * credentials or bad input. Everything protocol-specific the handler, binders and writers need is looked up here.
 *
 * <p>Sources: the AWS SDK for Java v2's protocol marshallers (EC2 query names come from each field's
 * {@code LocationTrait}; EC2 lists are always {@code Name.N}), botocore's parsers, and AWS's "Common client errors"
 * pages of the EC2 and STS API references.
 */
@SuppressWarnings("ImmutableEnumChecker") // WireError is a record of an int and two strings
enum WireProtocol {

    /** EC2's Query protocol: form POST, XML answers in EC2's namespace, {@code <Response><Errors>...} errors. */
    EC2_QUERY(
            "ec2",
            "AmazonEC2",
            "2016-11-15",
            "http://ec2.amazonaws.com/doc/2016-11-15/",
            "application/x-www-form-urlencoded",
            "text/xml;charset=UTF-8",
            new WireError(
                    401,
                    "MissingAuthenticationToken",
                    "The request must contain either a valid (registered) AWS access key ID or X.509 certificate."),
            new WireError(401, "AuthFailure", "AWS was not able to validate the provided access credentials"),
            new WireError(403, "SignatureDoesNotMatch", WireProtocol.SIGNATURE_MESSAGE)) {
        @Override
        String errorBody(WireError e, String requestId) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + Xml.escape(e.code())
                    + "</Code><Message>" + Xml.escape(e.message()) + "</Message></Error></Errors><RequestID>"
                    + requestId + "</RequestID></Response>";
        }

        @Override
        WireError unknownAction(String action) {
            return new WireError(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
        }
    },

    /** STS's Query protocol: results wrapped in {@code <ActionResult>}, {@code <ErrorResponse>} errors. */
    STS_QUERY(
            "sts",
            "AWSSecurityTokenService",
            "2011-06-15",
            "https://sts.amazonaws.com/doc/2011-06-15/",
            "application/x-www-form-urlencoded",
            "text/xml;charset=UTF-8",
            new WireError(403, "MissingAuthenticationToken", "Request is missing Authentication Token"),
            new WireError(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
            new WireError(403, "SignatureDoesNotMatch", WireProtocol.SIGNATURE_MESSAGE)) {
        @Override
        String errorBody(WireError e, String requestId) {
            return errorBodyIn(xmlNamespace(), e, requestId);
        }

        @Override
        WireError unknownAction(String action) {
            return new WireError(
                    400, "InvalidAction", "Could not find operation " + action + " for version " + version());
        }
    },

    /** Systems Manager's awsJson1_1: {@code X-Amz-Target: AmazonSSM.Op}, JSON both ways, {@code __type} errors. */
    SSM_JSON(
            "ssm",
            "AmazonSSM",
            "AmazonSSM",
            "",
            "application/x-amz-json-1.1",
            "application/x-amz-json-1.1",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)),

    /** Cost Explorer's awsJson1_1: {@code X-Amz-Target: AWSInsightsIndexService.Op} (botocore's ce model). */
    CE_JSON(
            "ce",
            "AWSInsightsIndexService",
            "AWSInsightsIndexService",
            "",
            "application/x-amz-json-1.1",
            "application/x-amz-json-1.1",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)),

    /**
     * CloudTrail's awsJson1_1: {@code X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.Op}
     * (botocore's cloudtrail model), errors as SSM's.
     */
    CLOUDTRAIL_JSON(
            "cloudtrail",
            "CloudTrail",
            "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101",
            "",
            "application/x-amz-json-1.1",
            "application/x-amz-json-1.1",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)),

    /**
     * AWS Config's awsJson1_1: {@code X-Amz-Target: StarlingDoveService.Op}, signed for {@code config} (botocore's
     * config model); the {@code aws} command calls the service {@code configservice}.
     */
    CONFIG_JSON(
            "config",
            "StarlingDoveService",
            "StarlingDoveService",
            "",
            "application/x-amz-json-1.1",
            "application/x-amz-json-1.1",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)) {

        @Override
        String simulatedService() {
            return "configservice";
        }
    },

    /** EventBridge's awsJson1_1: {@code X-Amz-Target: AWSEvents.Op} (botocore's events model), errors as SSM's. */
    EVENTS_JSON(
            "events",
            "AWSEvents",
            "AWSEvents",
            "",
            "application/x-amz-json-1.1",
            "application/x-amz-json-1.1",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)),

    /**
     * SQS's awsJson1_0 ({@code X-Amz-Target: AmazonSQS.Op}, the AWS SDK for Java 2.57's protocol), query-compatible:
     * the body's {@code __type} names the error's shape ({@code com.amazonaws.sqs#QueueDoesNotExist}), the
     * {@code x-amzn-query-error} header the Query protocol's code and fault
     * ({@code AWS.SimpleQueueService.NonExistentQueue;Sender}), which the SDK and the CLI show as the code.
     */
    SQS_JSON(
            "sqs",
            "AmazonSQS",
            "AmazonSQS",
            "",
            "application/x-amz-json-1.0",
            "application/x-amz-json-1.0",
            new WireError(403, "MissingAuthenticationToken", "Request is missing Authentication Token"),
            new WireError(
                    403,
                    "InvalidClientTokenId",
                    "The security token included in the request is invalid.",
                    "com.amazon.coral.service#UnrecognizedClientException"),
            new WireError(
                    403,
                    "SignatureDoesNotMatch",
                    WireProtocol.SIGNATURE_MESSAGE,
                    "com.amazon.coral.service#InvalidSignatureException")) {
        @Override
        String errorBody(WireError e, String requestId) {
            String type = e.type().contains("#") ? e.type() : "com.amazonaws.sqs#" + e.type();
            return "{\"__type\":" + Json.quote(type) + ",\"message\":" + Json.quote(e.message()) + "}";
        }

        @Override
        Map<String, String> errorHeaders(WireError e) {
            return Map.of("x-amzn-query-error", e.code() + ";" + (e.status() >= 500 ? "Receiver" : "Sender"));
        }

        @Override
        WireError unknownAction(String action) {
            return new WireError(400, "InvalidAction", "The action " + action + " is not valid for this endpoint.");
        }

        @Override
        WireError malformed(String detail) {
            return new WireError(
                    400, "MalformedQueryString", detail, "com.amazon.coral.service#SerializationException");
        }
    },

    /**
     * SNS's Query protocol: as STS's ({@code <ActionResponse><ActionResult>}, {@code <ErrorResponse>} errors), lists
     * as {@code Name.member.N} and maps as {@code Name.entry.N.key}/{@code .value} (botocore's query serializer).
     */
    SNS_QUERY(
            "sns",
            "AmazonSNS",
            "2010-03-31",
            "http://sns.amazonaws.com/doc/2010-03-31/",
            "application/x-www-form-urlencoded",
            "text/xml",
            new WireError(403, "MissingAuthenticationToken", "Request is missing Authentication Token"),
            new WireError(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
            new WireError(403, "SignatureDoesNotMatch", WireProtocol.SIGNATURE_MESSAGE)) {
        @Override
        String errorBody(WireError e, String requestId) {
            return errorBodyIn(xmlNamespace(), e, requestId);
        }

        @Override
        WireError unknownAction(String action) {
            return new WireError(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
        }

        @Override
        String listPrefix(String name) {
            return name + ".member.";
        }

        @Override
        String mapPrefix(String name) {
            return name + ".entry.";
        }
    },

    /**
     * S3's REST-XML, path-style ({@code /bucket/key}): the operation is the method and path with the literal query
     * keys of its URI template ({@link S3Routes}); errors are {@code <Error><Code>} documents.
     */
    S3_REST(
            "s3",
            "AmazonS3",
            "2006-03-01",
            "http://s3.amazonaws.com/doc/2006-03-01/",
            "",
            "application/xml",
            new WireError(403, "AccessDenied", "Access Denied"),
            new WireError(
                    403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records."),
            new WireError(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided. Check your key"
                            + " and signing method.")) {
        @Override
        String errorBody(WireError e, String requestId) {
            return S3Errors.body(e, requestId, "");
        }

        @Override
        WireError unknownAction(String action) {
            return new WireError(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }

        @Override
        WireError malformed(String detail) {
            return new WireError(400, "MalformedXML", detail);
        }

        @Override
        String simulatedService() {
            return "s3api";
        }
    },

    /**
     * Savings Plans' REST-JSON: {@code POST /DescribeSavingsPlans} with a JSON body (botocore's savingsplans model);
     * errors carry {@code __type} in the body, which botocore's rest-json parser reads as the code.
     */
    SAVINGSPLANS_REST(
            "savingsplans",
            "AWSSavingsPlans",
            "2019-06-28",
            "",
            "application/json",
            "application/json",
            new WireError(400, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(400, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(400, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)),

    /**
     * Account Management's REST-JSON: {@code POST /enableRegion} etc. with a JSON body (botocore's account/2021-02-01
     * model: the path is the operation's name with a lower-case first letter); errors as Savings Plans'.
     */
    ACCOUNT_REST(
            "account",
            "Account",
            "2021-02-01",
            "",
            "application/json",
            "application/json",
            new WireError(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
            new WireError(403, "UnrecognizedClientException", "The security token included in the request is invalid."),
            new WireError(403, "InvalidSignatureException", WireProtocol.SIGNATURE_MESSAGE)) {
        @Override
        WireError unknownAction(String action) {
            return new WireError(404, "UnknownOperationException", "Unknown operation " + action);
        }
    };

    private static final String SIGNATURE_MESSAGE = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";

    private final String signingName;
    private final String serviceId;
    private final String version;
    private final String xmlNamespace;
    private final String requestContentType;
    private final String responseContentType;
    private final WireError missingAuthentication;
    private final WireError unknownAccessKey;
    private final WireError badSignature;

    WireProtocol(
            String signingName,
            String serviceId,
            String version,
            String xmlNamespace,
            String requestContentType,
            String responseContentType,
            WireError missingAuthentication,
            WireError unknownAccessKey,
            WireError badSignature) {
        this.signingName = signingName;
        this.serviceId = serviceId;
        this.version = version;
        this.xmlNamespace = xmlNamespace;
        this.requestContentType = requestContentType;
        this.responseContentType = responseContentType;
        this.missingAuthentication = missingAuthentication;
        this.unknownAccessKey = unknownAccessKey;
        this.badSignature = badSignature;
    }

    /**
     * The awsJson protocol an {@code X-Amz-Target} names by its prefix; Systems Manager's for any other, whose
     * unknown-operation error then names it.
     */
    static WireProtocol byTarget(String target) {
        for (WireProtocol p : values()) {
            if (p.requestContentType.startsWith("application/x-amz-json-") && target.startsWith(p.version + ".")) {
                return p;
            }
        }
        return SSM_JSON;
    }

    /** The simulated service's row in {@code SimulatedServices}: the {@code aws} command's name for it. */
    String simulatedService() {
        return signingName;
    }

    /** The service name of the SigV4 credential scope. */
    String signingName() {
        return signingName;
    }

    /** The API version a Query request must name (for awsJson, the X-Amz-Target prefix). */
    String version() {
        return version;
    }

    String xmlNamespace() {
        return xmlNamespace;
    }

    String requestContentType() {
        return requestContentType;
    }

    String responseContentType() {
        return responseContentType;
    }

    /** The error answered for a refused signature check. */
    WireError authError(SigV4.Problem problem) {
        if (problem == SigV4.Problem.MISSING) {
            return missingAuthentication;
        }
        if (problem == SigV4.Problem.UNKNOWN_KEY) {
            return unknownAccessKey;
        }
        return badSignature;
    }

    /** Whether requests and answers are JSON (awsJson and REST-JSON): then the defaults below are the shape. */
    private boolean json() {
        return requestContentType.contains("json");
    }

    /**
     * The body of an error answer, in this protocol's shape: for the JSON protocols, {@code __type} and
     * {@code message}, which the SDKs and botocore read as the code; the XML protocols override it.
     */
    String errorBody(WireError e, String requestId) {
        if (!json()) {
            throw new IllegalStateException(name() + " must define its error body");
        }
        return "{\"__type\":" + Json.quote(e.code()) + ",\"message\":" + Json.quote(e.message()) + "}";
    }

    /** An operation this service does not have: the JSON protocols' answer unless a row says otherwise. */
    WireError unknownAction(String action) {
        return new WireError(400, "UnknownOperationException", "Unknown operation " + action);
    }

    /** The name of a list's {@code index}-th (1-based) entry: EC2 always flattens lists to {@code Name.N}. */
    final String listEntry(String name, int index) {
        return listPrefix(name) + index;
    }

    /** What precedes the index of a list's entries: {@code Name.} for EC2. */
    String listPrefix(String name) {
        return name + ".";
    }

    /** What precedes the index of a map's entries ({@code Name.N.Key}, {@code Name.N.Value} for EC2). */
    String mapPrefix(String name) {
        return name + ".";
    }

    /** Headers an error answer carries besides the request id. */
    Map<String, String> errorHeaders(WireError e) {
        return Map.of();
    }

    /** The Query protocols' {@code <ErrorResponse>} (STS, SNS). */
    private static String errorBodyIn(String namespace, WireError e, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\">\n  <Error>\n    <Type>"
                + (e.status() >= 500 ? "Receiver" : "Sender") + "</Type>\n    <Code>" + Xml.escape(e.code())
                + "</Code>\n    <Message>" + Xml.escape(e.message()) + "</Message>\n  </Error>\n  <RequestId>"
                + requestId + "</RequestId>\n</ErrorResponse>\n";
    }

    /** A body that cannot be read as this protocol's requests. */
    WireError malformed(String detail) {
        return json()
                ? new WireError(400, "SerializationException", detail)
                : new WireError(400, "MalformedQueryString", detail);
    }

    WireError missingAction() {
        return new WireError(400, "MissingAction", "The request must contain the parameter Action");
    }

    WireError missingVersion() {
        return new WireError(400, "MissingParameter", "The request must contain the parameter Version");
    }

    WireError noSuchVersion(String given) {
        return new WireError(
                400,
                "NoSuchVersion",
                "The requested version (" + given + ") of service " + serviceId + " does not exist");
    }

    WireError unknownParameter(String name) {
        return new WireError(400, "UnknownParameter", "The parameter " + name + " is not recognized");
    }

    WireError invalidValue(String name, String value) {
        return new WireError(
                400, "InvalidParameterValue", "Value (" + value + ") for parameter " + name + " is invalid.");
    }

    /** The content type was not this protocol's. */
    WireError wrongContentType(String given) {
        return new WireError(
                415,
                "UnsupportedMediaType",
                "Content-Type " + given + " is not supported here: send " + requestContentType);
    }

    static WireError tooLarge(long limit) {
        return new WireError(413, "RequestEntityTooLarge", "The request body is larger than " + limit + " bytes");
    }

    static WireError internal() {
        return new WireError(500, "InternalError", "An internal error has occurred");
    }
}
