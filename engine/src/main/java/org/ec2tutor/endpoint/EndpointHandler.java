package org.ec2tutor.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side: reads a request (refusing bodies over {@link Endpoint#MAX_BODY_BYTES} before any of it is
 * interpreted), hands it to the {@link Dispatcher}, and writes the answer with AWS's {@code x-amzn-RequestId}.
 */
final class EndpointHandler implements HttpHandler {

    private final Dispatcher dispatcher;
    private final Runnable afterEachRequest;

    EndpointHandler(Dispatcher dispatcher, Runnable afterEachRequest) {
        this.dispatcher = dispatcher;
        this.afterEachRequest = afterEachRequest;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            byte[] body = readLimited(exchange.getRequestBody());
            Answer answer;
            if (body == null) {
                WireProtocol protocol =
                        headers.containsKey("x-amz-target") ? WireProtocol.SSM_JSON : WireProtocol.EC2_QUERY;
                answer = Answer.error(protocol, WireProtocol.tooLarge(Endpoint.MAX_BODY_BYTES), "");
            } else {
                answer = dispatcher.answer(new Request(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(),
                        headers,
                        body,
                        exchange.getRemoteAddress().getAddress().getHostAddress()));
            }
            afterEachRequest.run();
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", answer.requestId());
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            // Every answer closes its connection. An oversized body's rest is not read, so that connection cannot be
            // reused; and the JDK's HttpURLConnection (the SDK's URL-connection client) probes a kept-alive
            // connection before each streamed POST with a read that waits 1 ms, longer than opening a new one on
            // loopback takes (README, "Local AWS endpoint", Performance).
            exchange.getResponseHeaders().set("Connection", "close");
            // A HEAD answer and a 204 have no body: -1 tells the server so (S3's HeadObject, DeleteObject).
            boolean noBody = exchange.getRequestMethod().equals("HEAD") || answer.status() == 204;
            exchange.sendResponseHeaders(answer.status(), noBody ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!noBody) {
                    out.write(answer.body());
                }
            }
        }
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > Endpoint.MAX_BODY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
