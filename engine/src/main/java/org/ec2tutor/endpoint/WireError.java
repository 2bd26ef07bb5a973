package org.ec2tutor.endpoint;

/**
 * An error answered on the wire: AWS's HTTP status, error code and message, and the name of the error's shape in the
 * service model ({@code type}): the same as the code except where a JSON service keeps an older Query code for old
 * clients (SQS: shape {@code QueueDoesNotExist}, code {@code AWS.SimpleQueueService.NonExistentQueue}).
 */
record WireError(int status, String code, String message, String type) {

    WireError(int status, String code, String message) {
        this(status, code, message, code);
    }
}
