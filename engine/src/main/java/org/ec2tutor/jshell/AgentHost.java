package org.ec2tutor.jshell;

import java.util.List;

/**
 * The session as an agent sees it over the tutor wire: an operation ({@code creds}, {@code vars}, {@code advance},
 * ...) with string arguments, answered with strings. An {@link IllegalArgumentException}'s message goes back to the
 * learner's code as the same exception.
 */
public interface AgentHost {

    List<String> call(String op, List<String> args);
}
