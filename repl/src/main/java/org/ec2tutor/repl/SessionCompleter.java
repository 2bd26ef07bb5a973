package org.ec2tutor.repl;

import java.util.List;
import org.ec2tutor.session.Session;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion from the session: aws services, operations, options and live values, magics, Java. */
final class SessionCompleter implements Completer {

    private final Session session;

    SessionCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        String code = buffer.startsWith("/") && buffer.length() > 1 && Character.isLetter(buffer.charAt(1))
                ? "%" + buffer.substring(1)
                : buffer;
        Session.Completions c = session.complete(code, cursor);
        // JLine replaces the parser's current word; keep what the engine's anchor leaves in place.
        int wordStart = cursor - line.wordCursor();
        String kept = c.start() > wordStart && c.start() <= cursor ? buffer.substring(wordStart, c.start()) : "";
        boolean slash = buffer.startsWith("/");
        for (String value : c.candidates()) {
            String text = kept + (slash && value.startsWith("%") ? "/" + value.substring(1) : value);
            boolean complete = !text.endsWith("(") && !text.endsWith(".");
            candidates.add(new Candidate(text, value, null, null, null, null, complete));
        }
    }
}
