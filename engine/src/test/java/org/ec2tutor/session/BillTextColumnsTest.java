package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** %bill and %cost-compare as text keep their columns under the headings, however long a usage type or option. */
class BillTextColumnsTest {

    private static String text(CellResult r) {
        return ((CellEvent.Display) r.events().get(0)).data().get("text/plain");
    }

    @Test
    void longUsageTypesAndUnitsWidenTheirColumns() {
        try (Session s = Session.start(SessionOptions.scripted(3).withoutJava())) {
            s.execute("aws ec2 create-volume --availability-zone us-east-1a --size 100 --volume-type io2 --iops 40000");
            s.execute("%advance 1d");
            List<String> lines = text(s.execute("%bill")).lines().toList();
            String heading = lines.get(1);
            List<String> rows = lines.stream().filter(l -> l.contains("vol-")).toList();
            assertThat(rows).anyMatch(l -> l.startsWith("EBS:VolumeP-IOPS.io2.tier2 "));
            for (String row : rows) {
                assertThat(row.indexOf("vol-")).as(row).isEqualTo(heading.indexOf("Resource"));
                assertThat(row.indexOf('$')).as(row).isGreaterThan(heading.indexOf("Unit"));
            }
        }
    }

    @Test
    void savingsPlanOptionsKeepTheTableAligned() {
        try (Session s = Session.start(SessionOptions.scripted(3).withoutJava())) {
            List<String> lines =
                    text(s.execute("%cost-compare t3.large")).lines().toList();
            int upfrontEnd = lines.get(1).indexOf("Upfront") + "Upfront".length();
            List<String> rows = lines.subList(2, lines.size() - 1);
            assertThat(rows).anyMatch(l -> l.startsWith("Compute Savings Plan 1y No Upfront ($0.062/h)"));
            for (String row : rows) {
                // The upfront amount ends where its heading ends.
                assertThat(row.substring(0, upfrontEnd)).as(row).matches(".*\\$\\d+\\.\\d\\d");
                assertThat(row.charAt(upfrontEnd)).as(row).isEqualTo(' ');
            }
        }
    }
}
