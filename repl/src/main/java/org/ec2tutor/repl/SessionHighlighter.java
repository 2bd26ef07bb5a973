package org.ec2tutor.repl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours aws lines (command, options, strings), magics, and Java keywords and strings. */
final class SessionHighlighter implements Highlighter {

    private static final Pattern AWS_TOKENS = Pattern.compile(
            "(^\\s*aws\\b)|(--[a-z0-9-]+)|('[^']*'|\"[^\"]*\")" + "|(\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?)");
    private static final Pattern JAVA_TOKENS = Pattern.compile("\\b(var|new|return|if|else|for|while|class|record|"
            + "void|int|long|boolean|String|true|false|null|public|private|static|final|import)\\b|(\"[^\"]*\")");

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        String t = buffer.stripLeading();
        if (t.startsWith("%") || (t.startsWith("/") && !t.startsWith("//"))) {
            return new AttributedString(buffer, AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA));
        }
        boolean aws = t.startsWith("aws ") || t.matches("(?s)^[A-Za-z_][A-Za-z0-9_]*=.*") || t.startsWith("echo ");
        Pattern p = aws ? AWS_TOKENS : JAVA_TOKENS;
        AttributedStringBuilder b = new AttributedStringBuilder();
        Matcher m = p.matcher(buffer);
        int last = 0;
        while (m.find()) {
            b.append(buffer.substring(last, m.start()));
            b.styled(style(aws, m), m.group());
            last = m.end();
        }
        b.append(buffer.substring(last));
        return b.toAttributedString();
    }

    private static AttributedStyle style(boolean aws, Matcher m) {
        if (aws) {
            if (m.group(1) != null) {
                return AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
            }
            if (m.group(2) != null) {
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            }
            if (m.group(3) != null) {
                return AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            }
            return AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
        }
        return m.group(1) != null
                ? AttributedStyle.BOLD.foreground(AttributedStyle.BLUE)
                : AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Errors are reported after running, not while typing.
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // See setErrorPattern.
    }
}
