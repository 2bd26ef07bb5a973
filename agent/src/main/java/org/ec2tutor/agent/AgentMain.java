package org.ec2tutor.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The agent JVM's entry point: {@code java -cp AGENT_CLASS_PATH org.ec2tutor.agent.AgentMain DIR}. DIR holds the
 * session's three Unix sockets: {@code jshell.sock} (JShell's own remote-execution stream), {@code tutor.sock} (the
 * tutor wire, see {@link Frames}) and {@code http.sock} (the session's AWS endpoint). Unix sockets, so the agent
 * works the same with its network unshared in a sandbox; the agent ends when the session closes its end.
 */
public final class AgentMain {

    private AgentMain() {}

    public static void main(String[] args) throws IOException {
        // Standard input is a pipe from the session: when the session's JVM ends, however it ends, so does this one.
        InputStream parent = System.in;
        HttpRelay.daemon("agent-parent-watch", () -> {
            try {
                while (parent.read() >= 0) {
                    // Nothing is ever sent; only the end matters.
                }
            } catch (IOException e) {
                // Ended too.
            }
            Runtime.getRuntime().halt(0);
        });
        // Fix how the JDK starts a process (posix_spawn through jspawnhelper, which the sandbox replaces with an empty
        // file) before a snippet could choose fork or vfork with jdk.lang.Process.launchMechanism.
        try {
            Class.forName("java.lang.ProcessImpl", true, null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Path dir = Path.of(args[0]);
        SocketChannel wireChannel = SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve("tutor.sock")));
        HttpRelay relay = HttpRelay.start(dir.resolve("http.sock"));
        Bindings.init(new SessionWire(wireChannel), new Clients(relay.uri()));
        SocketChannel js = SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve("jshell.sock")));
        InputStream in = ChannelStreams.in(js);
        OutputStream out = ChannelStreams.out(js);
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", st -> System.setOut(new PrintStream(st, true, StandardCharsets.UTF_8)));
        outputs.put("err", st -> System.setErr(new PrintStream(st, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new RemoteExecutionControl(), in, out, outputs, inputs);
        // The session closed the stream: nothing a cell started may outlive it.
        Runtime.getRuntime().halt(0);
    }
}
