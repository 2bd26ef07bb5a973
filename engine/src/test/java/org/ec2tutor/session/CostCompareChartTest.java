package org.ec2tutor.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** %cost-compare's bars stay readable when one option (a Dedicated Host) costs many times the others. */
class CostCompareChartTest {

    private static final Pattern BAR = Pattern.compile("<rect x=\"0\" y=\"2\" width=\"(\\d+)\"");

    @Test
    void barsAreScaledToOnDemandAndTheDearestOptionSaysItsMultiple() {
        try (Session s = Session.start(SessionOptions.scripted(1).withoutJava())) {
            CellResult r = s.execute("%cost-compare m5.large");
            String html = ((CellEvent.Display) r.events().get(0)).data().get("text/html");
            Matcher m = BAR.matcher(html);
            List<Integer> widths =
                    m.results().map(x -> Integer.parseInt(x.group(1))).toList();
            assertThat(widths).as("every option has a visible bar").isNotEmpty().allMatch(w -> w >= 20);
            assertThat(html).containsPattern("Dedicated Host \\(1 m5 host\\).*?x[0-9]{2,} On-Demand");
            assertThat(html).containsPattern("On-Demand</td>.*?width=\"100\"");
        }
    }
}
