package org.ec2tutor.kernel.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The connection file Jupyter starts a kernel with. Only {@code tcp} and {@code hmac-sha256} are accepted: JeroMQ's
 * {@code ipc} cannot talk to libzmq, and running unsigned or with another scheme silently would be worse than
 * refusing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionInfo(
        @JsonProperty("transport") String transport,
        @JsonProperty("ip") String ip,
        @JsonProperty("shell_port") int shellPort,
        @JsonProperty("iopub_port") int iopubPort,
        @JsonProperty("stdin_port") int stdinPort,
        @JsonProperty("control_port") int controlPort,
        @JsonProperty("hb_port") int hbPort,
        @JsonProperty("signature_scheme") String signatureScheme,
        @JsonProperty("key") String key,
        @JsonProperty("curve_secretkey") String curveSecretKey) {

    /** A connection file the kernel cannot serve, with a message for whoever started it. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    public static ConnectionInfo read(Path file) throws IOException, Unsupported {
        ConnectionInfo info = new ObjectMapper().readValue(file.toFile(), ConnectionInfo.class);
        if (!"tcp".equals(info.transport())) {
            throw new Unsupported("transport '" + info.transport() + "' is not supported: ec2-tutor's kernel speaks "
                    + "tcp only (JeroMQ's ipc is not compatible with libzmq)");
        }
        String scheme = info.signatureScheme() == null ? "hmac-sha256" : info.signatureScheme();
        if (!scheme.equals("hmac-sha256")) {
            throw new Unsupported("signature scheme '" + scheme + "' is not supported; use hmac-sha256");
        }
        if (info.curveSecretKey() != null && !info.curveSecretKey().isEmpty()) {
            throw new Unsupported("CURVE transport encryption is not supported by this kernel");
        }
        return info;
    }

    public String endpoint(int port) {
        return transport + "://" + ip + ":" + port;
    }
}
