package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ec2-tutor serve}'s options, what it prints to paste, and the CLI's shared files it writes. */
class ServeTest {

    @Test
    void usageErrorsExitWith2AndSayWhy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(Serve.run(List.of("--port"), System.out, errStream)).isEqualTo(2);
        assertThat(Serve.run(List.of("--port", "http"), System.out, errStream)).isEqualTo(2);
        assertThat(Serve.run(List.of("--colour", "red"), System.out, errStream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--port needs a value", "take numbers", "unknown option --colour", Serve.USAGE);
    }

    @Test
    void theBannerIsWhatToPasteAndTheSharedFilesNameEveryProfile(@TempDir Path dir) throws Exception {
        try (Endpoint endpoint = Endpoint.start(SimulatedAws.create(1), 0)) {
            endpoint.writeAwsConfig(dir);
            String banner = Serve.banner(endpoint, new Serve.Options(0, 1, List.of(), dir));

            assertThat(banner)
                    .contains("export AWS_ENDPOINT_URL=" + endpoint.url()
                            + " AWS_ACCESS_KEY_ID=AKIAEC2T111122223333 AWS_SECRET_ACCESS_KEY="
                            + "ec2-tutor-default-secret-access-key-0001 AWS_DEFAULT_REGION=us-east-1\n");
            assertThat(Files.readString(dir.resolve("config")))
                    .contains(
                            "[default]\n",
                            "[profile teammate]\n",
                            "[profile outsider]\n",
                            "endpoint_url = " + endpoint.url());
            assertThat(Files.readString(dir.resolve("credentials"))).contains("""
                    [teammate]
                    aws_access_key_id = AKIAEC2T444455556666
                    aws_secret_access_key = ec2-tutor-teammate-secret-access-key-002
                    """);
        }
    }
}
