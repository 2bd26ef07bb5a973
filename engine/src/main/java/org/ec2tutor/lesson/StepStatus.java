package org.ec2tutor.lesson;

/** Where the learner is with one step. A passed or solved step stays so (latching). */
public enum StepStatus {
    PENDING("pending"),
    PASSED("passed"),
    SOLVED("solved by the tutor"),
    SKIPPED("skipped");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Passed by the learner or by the tutor: the lesson moves past it. */
    public boolean done() {
        return this == PASSED || this == SOLVED;
    }
}
