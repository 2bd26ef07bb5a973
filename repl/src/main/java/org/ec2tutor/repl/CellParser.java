package org.ec2tutor.repl;

import org.ec2tutor.session.Session;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words for completion as JLine's default parser does, and asks the session whether the input
 * is complete: an incomplete Java snippet or a line ending in {@code \} gets a continuation prompt.
 */
final class CellParser extends DefaultParser {

    private final Session session;

    CellParser(Session session) {
        this.session = session;
        setEscapeChars(new char[0]);
        setQuoteChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && session.isComplete(line) == Session.Completeness.INCOMPLETE) {
            throw new EOFError(-1, cursor, "incomplete input");
        }
        return super.parse(line, cursor, context);
    }
}
