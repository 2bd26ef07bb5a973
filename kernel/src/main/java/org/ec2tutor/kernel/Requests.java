package org.ec2tutor.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ec2tutor.kernel.wire.WireMessage;
import org.ec2tutor.session.CellEvent;
import org.ec2tutor.session.CellInput;
import org.ec2tutor.session.CellResult;
import org.ec2tutor.session.Session;

/**
 * One handler per request type, each calling the {@link Session}. The dispatcher wraps every one in busy/idle; each
 * reply carries {@code status}. Execution follows the protocol's execution_count rules and ipykernel's abort rule.
 */
final class Requests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Starts while the kernel already answers; handlers that need it wait for it ({@link #session()}). */
    private final CompletableFuture<Session> session;

    private final Publisher iopub;
    private final KernelHistory history = new KernelHistory();
    private final AtomicBoolean shutdown = new AtomicBoolean();
    private volatile boolean restart;
    private int executionCount;

    /** Asks the client that sent an execute request for input (used only when it allows stdin). */
    private final java.util.function.Function<WireMessage, CellInput> stdin;

    Requests(
            CompletableFuture<Session> session,
            Publisher iopub,
            java.util.function.Function<WireMessage, CellInput> stdin) {
        this.session = session;
        this.iopub = iopub;
        this.stdin = stdin;
    }

    private Session session() {
        return session.join();
    }

    boolean shutdownRequested() {
        return shutdown.get();
    }

    boolean restartRequested() {
        return restart;
    }

    // --- execute ---------------------------------------------------------------------------------------------

    /**
     * Runs the cell. When it fails in a way that aborts the executes already queued (stop_on_error),
     * {@code abortQueued} runs after the error reply but before the kernel says idle: a client that waits for idle
     * (jupyter_client, nbclient, jupyter console) before sending its next cell never sees that cell aborted.
     */
    void execute(WireMessage m, Channel channel, Runnable abortQueued) {
        ObjectNode c = m.content();
        String code = c.path("code").asText("");
        boolean silent = c.path("silent").asBoolean(false);
        boolean store = !silent && c.path("store_history").asBoolean(true);
        boolean stopOnError = c.path("stop_on_error").asBoolean(true);
        if (store) {
            executionCount++;
            history.add(executionCount, code);
        }
        int count = executionCount;
        if (!silent) {
            iopub.publish(
                    "execute_input",
                    m.header(),
                    JSON.objectNode().put("code", code).put("execution_count", count));
        }
        // The protocol forbids input_request unless the client allows it (nbclient never does): then reads end.
        CellInput input = c.path("allow_stdin").asBoolean(false) ? stdin.apply(m) : CellInput.NONE;
        CellResult result = session()
                .execute(
                        code,
                        e -> {
                            if (!silent) {
                                publish(e, m.header(), count);
                            }
                        },
                        input);
        ObjectNode reply = JSON.objectNode();
        Optional<CellEvent.Failure> error = result.events().stream()
                .filter(CellEvent.Failure.class::isInstance)
                .map(CellEvent.Failure.class::cast)
                .findFirst();
        if (result.succeeded() || error.isEmpty()) {
            reply.put("status", "ok").put("execution_count", count);
            reply.set("user_expressions", JSON.objectNode());
            reply.set("payload", JSON.arrayNode());
        } else {
            reply.put("status", "error").put("execution_count", count);
            errorFields(reply, error.get());
        }
        channel.reply(m, "execute_reply", reply);
        if (!result.succeeded() && !silent && stopOnError) {
            abortQueued.run();
        }
    }

    void abort(WireMessage m, Channel channel) {
        // No execution_count, as ipykernel: a notebook then shows a skipped cell's prompt empty, not the failed one's.
        channel.reply(m, "execute_reply", JSON.objectNode().put("status", "aborted"));
    }

    private void publish(CellEvent e, ObjectNode parent, int count) {
        if (e instanceof CellEvent.Stream s) {
            iopub.publish(
                    "stream",
                    parent,
                    JSON.objectNode()
                            .put("name", s.name() == CellEvent.StreamName.STDOUT ? "stdout" : "stderr")
                            .put("text", s.text()));
        } else if (e instanceof CellEvent.Display d) {
            ObjectNode content = JSON.objectNode();
            content.set("data", bundle(d.data()));
            content.set("metadata", JSON.objectNode());
            ObjectNode transientPart = content.putObject("transient");
            d.displayId().ifPresent(id -> transientPart.put("display_id", id));
            iopub.publish(d.update() ? "update_display_data" : "display_data", parent, content);
        } else if (e instanceof CellEvent.Result r) {
            ObjectNode content = JSON.objectNode().put("execution_count", count);
            content.set("data", bundle(r.data()));
            content.set("metadata", JSON.objectNode());
            iopub.publish("execute_result", parent, content);
        } else if (e instanceof CellEvent.Failure x) {
            iopub.publish("error", parent, errorFields(JSON.objectNode(), x));
        }
    }

    /** Red, as ipykernel colours a traceback's headline: front ends render ANSI colour in error outputs. */
    private static final String RED = "\u001b[0;31m";

    private static final String PLAIN = "\u001b[0m";

    private static ObjectNode errorFields(ObjectNode into, CellEvent.Failure e) {
        into.put("ename", e.name()).put("evalue", e.value());
        ArrayNode tb = into.putArray("traceback");
        List<String> lines = e.traceback().isEmpty() ? List.of(e.name() + ": " + e.value()) : e.traceback();
        tb.add(RED + lines.get(0) + PLAIN);
        lines.subList(1, lines.size()).forEach(tb::add);
        return into;
    }

    private static ObjectNode bundle(Map<String, String> data) {
        ObjectNode out = JSON.objectNode();
        data.forEach(out::put);
        return out;
    }

    // --- introspection -----------------------------------------------------------------------------------------

    void kernelInfo(WireMessage m, Channel channel) {
        ObjectNode c = JSON.objectNode()
                .put("status", "ok")
                .put("protocol_version", "5.3")
                .put("implementation", "ec2-tutor")
                .put("implementation_version", "0.1.0")
                .put(
                        "banner",
                        "ec2-tutor: learn Amazon EC2 by doing, against a simulated account.\n"
                                + "aws lines, shell-style variables and Java (JShell, Java "
                                + Runtime.version().feature()
                                + "). Type %help, or %help intro for a tour.");
        c.putObject("language_info")
                .put("name", "java")
                .put("version", Runtime.version().toString())
                .put("mimetype", "text/x-java")
                .put("file_extension", ".jsh")
                .put("pygments_lexer", "java")
                .put("codemirror_mode", "text/x-java");
        ArrayNode links = c.putArray("help_links");
        links.addObject()
                .put("text", "Amazon EC2 User Guide")
                .put("url", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/");
        links.addObject()
                .put("text", "AWS CLI ec2 reference")
                .put("url", "https://docs.aws.amazon.com/cli/latest/reference/ec2/");
        links.addObject()
                .put("text", "AWS SDK for Java v2 API reference")
                .put("url", "https://sdk.amazonaws.com/java/api/latest/");
        links.addObject()
                .put("text", "JShell user guide")
                .put("url", "https://docs.oracle.com/en/java/javase/17/jshell/");
        channel.reply(m, "kernel_info_reply", c);
    }

    void complete(WireMessage m, Channel channel) {
        String code = m.content().path("code").asText("");
        int cursor =
                CodePoints.toIndex(code, m.content().path("cursor_pos").asInt(code.codePointCount(0, code.length())));
        Session.Completions c = session().complete(code, cursor);
        ObjectNode reply = JSON.objectNode().put("status", "ok");
        ArrayNode matches = reply.putArray("matches");
        c.candidates().forEach(matches::add);
        reply.put("cursor_start", CodePoints.fromIndex(code, c.start()))
                .put("cursor_end", CodePoints.fromIndex(code, cursor));
        reply.set("metadata", JSON.objectNode());
        channel.reply(m, "complete_reply", reply);
    }

    void inspect(WireMessage m, Channel channel) {
        String code = m.content().path("code").asText("");
        int cursor =
                CodePoints.toIndex(code, m.content().path("cursor_pos").asInt(code.codePointCount(0, code.length())));
        Optional<String> text = session().inspect(code, cursor);
        ObjectNode reply = JSON.objectNode().put("status", "ok").put("found", text.isPresent());
        ObjectNode data = reply.putObject("data");
        text.ifPresent(t -> data.put("text/plain", t));
        reply.set("metadata", JSON.objectNode());
        channel.reply(m, "inspect_reply", reply);
    }

    void isComplete(WireMessage m, Channel channel) {
        Session.Completeness c = session().isComplete(m.content().path("code").asText(""));
        ObjectNode reply = JSON.objectNode();
        switch (c) {
            case INCOMPLETE -> reply.put("status", "incomplete").put("indent", "");
            case INVALID -> reply.put("status", "invalid");
            default -> reply.put("status", "complete");
        }
        channel.reply(m, "is_complete_reply", reply);
    }

    void history(WireMessage m, Channel channel) {
        ObjectNode reply = JSON.objectNode().put("status", "ok");
        reply.set("history", history.answer(m.content()));
        channel.reply(m, "history_reply", reply);
    }

    void commInfo(WireMessage m, Channel channel) {
        ObjectNode reply = JSON.objectNode().put("status", "ok");
        reply.putObject("comms");
        channel.reply(m, "comm_info_reply", reply);
    }

    /** No comm targets: close any comm a front end opens (the protocol's rule for unknown targets). */
    void commOpen(WireMessage m) {
        ObjectNode close =
                JSON.objectNode().put("comm_id", m.content().path("comm_id").asText());
        close.putObject("data");
        iopub.publish("comm_close", m.header(), close);
    }

    // --- control ----------------------------------------------------------------------------------------------

    /** A shell request sent on control: an error reply of its type, so the client is not left waiting. */
    void notOnControl(WireMessage m, Channel channel) {
        String type = m.msgType();
        ObjectNode reply = JSON.objectNode()
                .put("status", "error")
                .put("ename", "WrongChannel")
                .put(
                        "evalue",
                        type + " is answered on the shell channel; control answers kernel_info, interrupt and "
                                + "shutdown");
        reply.putArray("traceback");
        channel.reply(m, type.substring(0, type.length() - "_request".length()) + "_reply", reply);
    }

    void interrupt(WireMessage m, Channel channel) {
        // Nothing runs before the session has started.
        Optional.ofNullable(session.getNow(null)).ifPresent(Session::interrupt);
        channel.reply(m, "interrupt_reply", JSON.objectNode().put("status", "ok"));
    }

    void shutdown(WireMessage m, Channel channel) {
        restart = m.content().path("restart").asBoolean(false);
        ObjectNode reply = JSON.objectNode().put("status", "ok").put("restart", restart);
        channel.reply(m, "shutdown_reply", reply);
        // ipykernel broadcasts a copy so other connected clients learn of it.
        iopub.publish("shutdown_reply", m.header(), reply.deepCopy());
        Optional.ofNullable(session.getNow(null)).ifPresent(Session::interrupt);
        shutdown.set(true);
    }
}
