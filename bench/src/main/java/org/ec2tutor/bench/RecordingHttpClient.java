package org.ec2tutor.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/** An SDK HTTP client that keeps the last response body it received: how {@link CannedServer} gets its answer. */
final class RecordingHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;
    private volatile byte[] lastBody = new byte[0];

    RecordingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    byte[] lastBody() {
        return lastBody.clone();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest inner = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                HttpExecuteResponse r = inner.call();
                if (r.responseBody().isEmpty()) {
                    return r;
                }
                byte[] body;
                try (AbortableInputStream in = r.responseBody().get()) {
                    body = in.readAllBytes();
                }
                lastBody = body;
                return HttpExecuteResponse.builder()
                        .response(r.httpResponse())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                inner.abort();
            }
        };
    }

    @Override
    public void close() {
        delegate.close();
    }
}
