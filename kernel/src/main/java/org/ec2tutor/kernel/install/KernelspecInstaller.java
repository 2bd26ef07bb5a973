package org.ec2tutor.kernel.install;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * {@code ec2-tutor kernel install [--user | --prefix DIR] [--name N]}: writes the kernelspec directory Jupyter looks
 * for (kernel.json with absolute argv, logos) at the places {@code jupyter kernelspec install} would, without
 * needing Python.
 */
public final class KernelspecInstaller {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    /** Where and under which name to install. */
    public record Target(boolean user, Optional<Path> prefix, String name) {}

    private KernelspecInstaller() {}

    /** The kernelspec directory for {@code target}, as jupyter_client's {@code _get_destination_dir} computes it. */
    public static Path destination(Target target) {
        String name = target.name().toLowerCase(Locale.ROOT);
        if (target.user()) {
            String dataHome = System.getenv("JUPYTER_DATA_DIR");
            Path base = dataHome != null && !dataHome.isBlank()
                    ? Path.of(dataHome)
                    : Path.of(System.getProperty("user.home"), ".local", "share", "jupyter");
            return base.resolve("kernels").resolve(name);
        }
        if (target.prefix().isPresent()) {
            return target.prefix().get().resolve("share/jupyter/kernels").resolve(name);
        }
        return Path.of("/usr/local/share/jupyter/kernels").resolve(name);
    }

    /** Writes the kernelspec; {@code launcher} is the absolute path of bin/ec2-tutor. Returns the directory. */
    public static Path install(Target target, Path launcher) throws IOException {
        if (!NAME.matcher(target.name()).matches()) {
            throw new IllegalArgumentException(
                    "kernel names may only contain ASCII letters, digits, '-', '.' and '_': " + target.name());
        }
        Path dir = destination(target);
        Files.createDirectories(dir);
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        ArrayNode argv = spec.putArray("argv");
        argv.add(launcher.toAbsolutePath().normalize().toString())
                .add("kernel")
                .add("--connection-file")
                .add("{connection_file}");
        spec.put("display_name", "EC2 Tutor (Java)")
                .put("language", "java")
                .put("interrupt_mode", "message")
                .put("kernel_protocol_version", "5.3");
        spec.putObject("metadata").putObject("ec2-tutor").put("version", "0.1.0");
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("kernel.json").toFile(), spec);
        for (int size : new int[] {32, 64}) {
            ImageIO.write(
                    logo(size),
                    "png",
                    dir.resolve("logo-" + size + "x" + size + ".png").toFile());
        }
        return dir;
    }

    /** An orange square with "EC2", drawn at install time so no binary is kept in the repository. */
    static BufferedImage logo(int size) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xFF, 0x99, 0x00));
        g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
        g.setColor(new Color(0x23, 0x2F, 0x3E));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size * 2 / 5));
        String text = "EC2";
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (size - w) / 2, size / 2 + g.getFontMetrics().getAscent() / 3);
        g.dispose();
        return img;
    }
}
