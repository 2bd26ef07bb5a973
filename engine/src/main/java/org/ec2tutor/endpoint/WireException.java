package org.ec2tutor.endpoint;

/** Bad input found while reading a request: answered as {@link #error()} in the protocol's error shape. */
final class WireException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient WireError error;

    WireException(int status, String code, String message) {
        super(message, null, false, false);
        this.error = new WireError(status, code, message);
    }

    WireException(WireError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    WireError error() {
        return error;
    }
}
