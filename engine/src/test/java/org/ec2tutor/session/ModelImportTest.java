package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The EC2 model package is imported when a cell first may name one of its classes, not while Java starts: a learner
 * sees no difference, whichever cell comes first.
 */
class ModelImportTest {

    @Test
    void aModelClassResolvesAfterCellsThatNamedNone() {
        try (Session session = Session.start(SessionOptions.scripted(5))) {
            session.awaitJava();
            assertThat(session.execute("1 + 1").asText()).isEqualTo("2\n");
            CellResult described = session.execute("var r = ec2.describeInstances(); r.reservations().size()");
            assertThat(described.succeeded()).as(described.asText()).isTrue();
            CellResult built = session.execute("Tag.builder().key(\"Name\").value(\"web\").build().key()");
            assertThat(built.asText()).isEqualTo("\"Name\"\n");
            CellResult typed = session.execute("DescribeInstancesResponse again = r; again.hasReservations()");
            assertThat(typed.succeeded()).as(typed.asText()).isTrue();
        }
    }

    @Test
    void aModelClassCompletesAsTheFirstJavaTyped() {
        try (Session session = Session.start(SessionOptions.scripted(5))) {
            session.awaitJava();
            String code = "Instance.bu";
            assertThat(session.complete(code, code.length()).candidates()).anyMatch(c -> c.startsWith("builder("));
        }
    }

    @Test
    void aMethodDeclaredFirstMayUseModelClasses() {
        try (Session session = Session.start(SessionOptions.scripted(5))) {
            session.awaitJava();
            CellResult declared = session.execute("String nameOf(Instance i) { return i.instanceId(); }");
            assertThat(declared.succeeded()).as(declared.asText()).isTrue();
            CellResult used = session.execute("nameOf(Instance.builder().instanceId(\"i-1\").build())");
            assertThat(used.asText()).isEqualTo("\"i-1\"\n");
        }
    }
}
