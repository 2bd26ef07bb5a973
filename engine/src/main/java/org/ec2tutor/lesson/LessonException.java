package org.ec2tutor.lesson;

/**
 * A lesson that cannot be used: not found, or its template fails. The message names the lesson file and line, so a
 * teacher can fix it.
 */
public final class LessonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LessonException(String message) {
        super(message);
    }
}
