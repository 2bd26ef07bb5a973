package org.ec2tutor.repl;

import org.ec2tutor.session.Session;

/**
 * The prompt names the profile and Region the next cell acts in, and the lesson step the learner is at:
 * {@code ec2-tutor default@us-east-1 [custom-ami 2/5]> }; while logged in to an instance with ssh, the instance's
 * shell prompt ({@code [ec2-user@ip-172-31-5-9 ~]$ }).
 */
final class PromptFormatter {

    private PromptFormatter() {}

    static String prompt(Session session) {
        if (session.guestPrompt().isPresent()) { // logged in with ssh: the instance's shell prompt
            return session.guestPrompt().get();
        }
        return "ec2-tutor " + session.profile() + "@" + session.region()
                + session.lessonPosition().map(p -> " [" + p + "]").orElse("") + "> ";
    }
}
