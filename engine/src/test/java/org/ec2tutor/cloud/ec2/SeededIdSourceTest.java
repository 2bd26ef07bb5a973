package org.ec2tutor.cloud.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.ec2tutor.cloud.SeededIdSource;
import org.junit.jupiter.api.Test;

class SeededIdSourceTest {

    @Test
    void resourceIdsHaveSeventeenLowercaseHexDigits() {
        SeededIdSource ids = new SeededIdSource(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(ids.resourceId("i")).matches("i-[0-9a-f]{17}");
        }
        assertThat(ResourceIds.isImageId(ids.resourceId("ami"))).isTrue();
    }

    @Test
    void sameSeedGivesSameSequence() {
        SeededIdSource a = new SeededIdSource(42);
        SeededIdSource b = new SeededIdSource(42);
        for (int i = 0; i < 100; i++) {
            assertThat(a.resourceId("vol")).isEqualTo(b.resourceId("vol"));
        }
        assertThat(new SeededIdSource(1).resourceId("i")).isNotEqualTo(new SeededIdSource(2).resourceId("i"));
    }

    @Test
    void requestIdsLookLikeUuids() {
        assertThat(new SeededIdSource(3).requestId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}");
    }
}
