package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Notebook tables of describe calls put first what identifies an item, as the EC2 console does. */
class DescribeTablesTest {

    private static String html(String line) {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            CellResult r = s.execute(line);
            return ((CellEvent.Display) r.events().get(0)).data().get("text/html");
        }
    }

    @Test
    void instanceTypesShowVcpusMemoryAndArchitectures() {
        assertThat(html("aws ec2 describe-instance-types --instance-types t3.micro"))
                .containsPattern("(?s)>InstanceType</th>.*>vCPUs</th>.*>Memory \\(MiB\\)</th>.*>Architectures</th>")
                .contains(">t3.micro</td>")
                .contains(">2</td>")
                .contains(">1024</td>");
    }

    @Test
    void imagesShowNameIdStateAndOwnerFirst() {
        assertThat(html("aws ec2 describe-images --owners amazon"))
                .containsPattern("(?s)<tr><th[^>]*>Name</th><th[^>]*>ImageId</th><th[^>]*>State</th>"
                        + "<th[^>]*>OwnerId</th><th[^>]*>Public</th>");
    }
}
