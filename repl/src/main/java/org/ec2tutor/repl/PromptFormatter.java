package org.ec2tutor.repl;

import org.ec2tutor.session.Session;

/** The prompt names the profile and Region the next cell acts in: {@code ec2-tutor default@us-east-1> }. */
final class PromptFormatter {

    private PromptFormatter() {}

    static String prompt(Session session) {
        return "ec2-tutor " + session.profile() + "@" + session.region() + "> ";
    }
}
