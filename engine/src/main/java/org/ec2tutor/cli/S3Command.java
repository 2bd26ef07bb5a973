package org.ec2tutor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ec2tutor.sdk.SimulatedServices;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The AWS CLI's high-level {@code aws s3} commands for the common cases (awscli/customizations/s3/subcommands.py):
 * {@code ls} (buckets; a bucket or prefix with {@code PRE} folders; {@code --recursive}), {@code cp} between a local
 * file and an object or two objects, {@code mb}, {@code rb} and {@code rm} of one object. They are a customization
 * of the CLI, not operations of the model, so they call the S3 client's operations themselves, as the CLI does.
 * Times print in UTC (the real CLI prints local time).
 */
final class S3Command {

    static final List<String> COMMANDS = List.of("cp", "ls", "mb", "rb", "rm");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AwsEnvironment env;
    private final AwsCli.GlobalOptions globals;

    S3Command(AwsEnvironment env, AwsCli.GlobalOptions globals) {
        this.env = env;
        this.globals = globals;
    }

    CliResult run(String command, List<String> params) {
        if (!COMMANDS.contains(command)) {
            throw AwsCli.invalidChoice("argument operation", command, COMMANDS);
        }
        List<String> paths = new ArrayList<>();
        boolean recursive = false;
        for (String p : params) {
            if (p.equals("--recursive")) {
                recursive = true;
            } else if (p.startsWith("--")) {
                throw CliException.usage("Unknown options: " + p).withoutPrefix();
            } else {
                paths.add(p);
            }
        }
        try {
            return switch (command) {
                case "ls" -> ls(paths, recursive);
                case "cp" -> cp(paths);
                case "mb" -> bucketCommand(paths, true);
                case "rb" -> bucketCommand(paths, false);
                default -> rm(paths);
            };
        } catch (AwsServiceException e) {
            return CliResult.error(
                    254,
                    "\nAn error occurred (" + e.awsErrorDetails().errorCode() + ") when calling the "
                            + operationOf(command) + " operation: "
                            + e.awsErrorDetails().errorMessage() + "\n");
        }
    }

    private static String operationOf(String command) {
        return switch (command) {
            case "ls" -> "ListObjectsV2";
            case "mb" -> "CreateBucket";
            case "rb" -> "DeleteBucket";
            case "rm" -> "DeleteObject";
            default -> "PutObject";
        };
    }

    private S3Client client() {
        String profile = globals.profile().orElse(env.defaultProfile());
        String region = globals.region().orElse(env.defaultRegion());
        return (S3Client) env.client(SimulatedServices.find("s3api").orElseThrow(), profile, region)
                .orElseThrow(() -> AwsCli.profileNotFound(profile));
    }

    /** {@code s3://bucket/key} as bucket and key (key empty for the bucket itself). */
    private record S3Path(String bucket, String key) {
        static Optional<S3Path> parse(String path) {
            if (!path.startsWith("s3://")) {
                return Optional.empty();
            }
            String rest = path.substring(5);
            int slash = rest.indexOf('/');
            return Optional.of(
                    slash < 0 ? new S3Path(rest, "") : new S3Path(rest.substring(0, slash), rest.substring(slash + 1)));
        }

        @Override
        public String toString() {
            return "s3://" + bucket + "/" + key;
        }
    }

    private CliResult ls(List<String> paths, boolean recursive) {
        if (paths.size() > 1) {
            throw CliException.usage("Unknown options: " + paths.get(1)).withoutPrefix();
        }
        S3Client s3 = client();
        StringBuilder out = new StringBuilder();
        if (paths.isEmpty() || paths.get(0).equals("s3://")) {
            s3.listBuckets()
                    .buckets()
                    .forEach(b -> out.append(TIME.format(b.creationDate()))
                            .append(' ')
                            .append(b.name())
                            .append('\n'));
            return CliResult.ok(out.toString());
        }
        S3Path path = S3Path.parse(paths.get(0))
                .orElseThrow(() -> new CliException(
                        "\nParameter validation failed:\nInvalid bucket name \"\": Bucket name must match the regex "
                                + "\"^[a-zA-Z0-9.\\-_]{1,255}$\" or be an ARN matching the regex "
                                + "\"^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]"
                                + "{1,63}$|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}"
                                + "[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$\"",
                        255,
                        false));
        String token = null;
        boolean any = false;
        do {
            var request = software.amazon.awssdk.services.s3.model.ListObjectsV2Request.builder()
                    .bucket(path.bucket())
                    .prefix(path.key())
                    .continuationToken(token);
            if (!recursive) {
                request.delimiter("/");
            }
            ListObjectsV2Response page = s3.listObjectsV2(request.build());
            for (CommonPrefix p : page.commonPrefixes()) {
                String[] parts = p.prefix().split("/", -1);
                out.append(String.format("%30s", "PRE"))
                        .append(' ')
                        .append(parts[parts.length - 2])
                        .append("/\n");
                any = true;
            }
            for (S3Object o : page.contents()) {
                String name = recursive ? o.key() : o.key().substring(o.key().lastIndexOf('/') + 1);
                out.append(TIME.format(o.lastModified()))
                        .append(' ')
                        .append(String.format("%10d", o.size()))
                        .append(' ')
                        .append(name)
                        .append('\n');
                any = true;
            }
            token = page.nextContinuationToken();
        } while (token != null);
        // Nothing under the prefix: the CLI prints nothing and exits 1.
        return any ? CliResult.ok(out.toString()) : new CliResult(1, "", "", new CliResult.Printed());
    }

    private CliResult cp(List<String> paths) {
        if (paths.size() != 2) {
            throw CliException.usage("the following arguments are required: paths");
        }
        S3Client s3 = client();
        Optional<S3Path> from = S3Path.parse(paths.get(0));
        Optional<S3Path> to = S3Path.parse(paths.get(1));
        if (from.isEmpty() && to.isEmpty()) {
            throw new CliException(
                    "\nError: Invalid argument type\n", 252, false); // the CLI needs at least one s3:// path
        }
        if (from.isEmpty()) {
            Path local = env.workspace().directory().resolve(paths.get(0));
            if (!Files.isRegularFile(local)) {
                throw new CliException("\nThe user-provided path " + paths.get(0) + " does not exist.", 255, false);
            }
            S3Path target = withName(to.get(), local.getFileName().toString());
            String line = display(paths.get(0)) + " to " + target;
            try {
                s3.putObject(b -> b.bucket(target.bucket()).key(target.key()), RequestBody.fromFile(local));
            } catch (AwsServiceException e) {
                return failed("upload failed: " + line, "PutObject", e);
            }
            return CliResult.ok("upload: " + line + "\n");
        }
        S3Path source = from.get();
        if (to.isEmpty()) {
            Path local = env.workspace().directory().resolve(paths.get(1));
            if (Files.isDirectory(local)) {
                local = local.resolve(source.key().substring(source.key().lastIndexOf('/') + 1));
            }
            byte[] content;
            try {
                content = s3.getObjectAsBytes(b -> b.bucket(source.bucket()).key(source.key()))
                        .asByteArray();
            } catch (NoSuchKeyException e) {
                return new CliResult(
                        1,
                        "",
                        "fatal error: An error occurred (404) when calling the HeadObject operation: Key \""
                                + source.key() + "\" does not exist\n",
                        new CliResult.Printed());
            }
            try {
                Files.write(local, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return CliResult.ok("download: " + source + " to " + display(paths.get(1)) + "\n");
        }
        S3Path target = withName(to.get(), source.key().substring(source.key().lastIndexOf('/') + 1));
        byte[] content = s3.getObjectAsBytes(b -> b.bucket(source.bucket()).key(source.key()))
                .asByteArray();
        try {
            s3.putObject(b -> b.bucket(target.bucket()).key(target.key()), RequestBody.fromBytes(content));
        } catch (AwsServiceException e) {
            return failed("copy failed: " + source + " to " + target, "PutObject", e);
        }
        return CliResult.ok("copy: " + source + " to " + target + "\n");
    }

    /** A destination ending in {@code /} (or a bare bucket) takes the source's file name. */
    private static S3Path withName(S3Path to, String name) {
        return to.key().isEmpty() || to.key().endsWith("/") ? new S3Path(to.bucket(), to.key() + name) : to;
    }

    private String display(String local) {
        Path cwd = env.workspace().directory().toAbsolutePath().normalize();
        Path p = cwd.resolve(local).normalize();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }

    private static CliResult failed(String what, String operation, AwsServiceException e) {
        return new CliResult(
                1,
                "",
                what + " An error occurred (" + e.awsErrorDetails().errorCode() + ") when calling the " + operation
                        + " operation: " + e.awsErrorDetails().errorMessage() + "\n",
                new CliResult.Printed());
    }

    private CliResult bucketCommand(List<String> paths, boolean make) {
        if (paths.size() != 1) {
            throw CliException.usage("the following arguments are required: path");
        }
        S3Path path = S3Path.parse(paths.get(0))
                .orElseThrow(() -> new CliException("\n<S3Uri> must begin with s3://", 252, false));
        S3Client s3 = client();
        if (make) {
            String region = globals.region().orElse(env.defaultRegion());
            s3.createBucket(b -> {
                b.bucket(path.bucket());
                if (!region.equals("us-east-1")) {
                    b.createBucketConfiguration(c -> c.locationConstraint(region));
                }
            });
            return CliResult.ok("make_bucket: " + path.bucket() + "\n");
        }
        s3.deleteBucket(b -> b.bucket(path.bucket()));
        return CliResult.ok("remove_bucket: " + path.bucket() + "\n");
    }

    private CliResult rm(List<String> paths) {
        if (paths.size() != 1) {
            throw CliException.usage("the following arguments are required: paths");
        }
        S3Path path = S3Path.parse(paths.get(0))
                .orElseThrow(() -> new CliException("\n<S3Uri> must begin with s3://", 252, false));
        client().deleteObject(b -> b.bucket(path.bucket()).key(path.key()));
        return CliResult.ok("delete: " + path + "\n");
    }
}
