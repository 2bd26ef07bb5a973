package org.ec2tutor.endpoint;

/** An error answered on the wire: AWS's HTTP status, error code and message. */
record WireError(int status, String code, String message) {}
