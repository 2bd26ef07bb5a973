package org.ec2tutor.cloud.guest;

import java.time.Duration;

/** What a script did in the guest: its combined output, exit status, and how long it took in simulated time. */
public record ShellRun(String output, String errorOutput, int exitCode, Duration duration) {}
