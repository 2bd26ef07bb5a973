package org.ec2tutor.repl;

import java.io.PrintWriter;
import org.ec2tutor.session.CellEvent;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Prints cell events on the terminal: streams as they come, values and tables as text, errors in red. */
final class EventPrinter {

    private final PrintWriter out;
    private final boolean color;

    EventPrinter(PrintWriter out, boolean color) {
        this.out = out;
        this.color = color;
    }

    void print(CellEvent e) {
        if (e instanceof CellEvent.Stream s) {
            out.print(s.name() == CellEvent.StreamName.STDERR ? styled(s.text(), AttributedStyle.YELLOW) : s.text());
        } else if (e instanceof CellEvent.Result r) {
            out.println(r.data().get("text/plain"));
        } else if (e instanceof CellEvent.Display d) {
            out.print(d.textLines());
        } else if (e instanceof CellEvent.Failure x) {
            x.traceback().forEach(line -> out.println(styled(line, AttributedStyle.RED)));
        }
        out.flush();
    }

    private String styled(String text, int colour) {
        if (!color) {
            return text;
        }
        return new AttributedString(text, AttributedStyle.DEFAULT.foreground(colour)).toAnsi();
    }
}
