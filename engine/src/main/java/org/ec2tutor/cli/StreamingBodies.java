package org.ec2tutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cli.OperationArguments.Argument;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The payload of a streaming operation ({@link Ec2Operation.Streaming}), the one thing the SDK model's members do
 * not carry: the CLI sends the file named by {@code --body} as the request body (no {@code --body}: an empty one) and
 * writes a response body to the positional {@code outfile}, printing the rest of the response as usual. Every other
 * operation is called with its request alone.
 */
final class StreamingBodies {

    private final Path body;
    private final Path outfile;

    private StreamingBodies(Path body, Path outfile) {
        this.body = body;
        this.outfile = outfile;
    }

    static StreamingBodies of(Ec2Operation op, OperationCommand.ParsedParams parsed, Path cwd) {
        Path body = null;
        for (Map.Entry<Argument, List<String>> e : parsed.given().entrySet()) {
            if (e.getKey().field() == null && e.getKey().cliName().equals("body")) {
                body = cwd.resolve(e.getValue().get(0));
                if (!Files.isRegularFile(body)) {
                    // The CLI reads a blob argument from a file and says so when it cannot.
                    throw CliException.parameter(
                            "\nError parsing parameter '--body': Blob values must be a path to a file.");
                }
            }
        }
        Path outfile = op.streaming() == Ec2Operation.Streaming.OUTPUT ? cwd.resolve(parsed.outfile()) : null;
        return new StreamingBodies(body, outfile);
    }

    /** Calls the operation with its payload and returns the response object. */
    SdkPojo call(Ec2Operation op, Object client, Object request) throws InvocationTargetException {
        switch (op.streaming()) {
            case INPUT -> {
                RequestBody payload = body == null ? RequestBody.empty() : RequestBody.fromFile(body);
                return (SdkPojo) op.method().invoke(client, request, payload);
            }
            case OUTPUT -> {
                Object result = op.method().invoke(client, request);
                try (InputStream in = (ResponseInputStream<?>) result) {
                    Files.write(outfile, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return (SdkPojo) ((ResponseInputStream<?>) result).response();
            }
            default -> {
                return (SdkPojo) op.method().invoke(client, request);
            }
        }
    }
}
