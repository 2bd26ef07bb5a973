package org.ec2tutor.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Same seed, same operations: identical ids, addresses and timestamps, byte for byte. */
class DeterminismTest {

    private static String transcript(long seed) {
        TestCloud t = TestCloud.seeded(seed);
        StringBuilder out = new StringBuilder();
        String a = t.launch("t3.micro");
        String b = t.launch("m5.large");
        t.advance(Duration.ofMinutes(1));
        out.append(t.ec2.stopInstances(x -> x.instanceIds(a))).append('\n');
        t.advance(Duration.ofMinutes(2));
        out.append(t.ec2.startInstances(x -> x.instanceIds(a))).append('\n');
        t.advance(Duration.ofMinutes(1));
        String image = t.ec2.createImage(x -> x.instanceId(b).name("det")).imageId();
        t.advance(Duration.ofMinutes(5));
        t.ec2.terminateInstances(x -> x.instanceIds(b));
        t.advance(Duration.ofSeconds(45));
        out.append(t.ec2.describeInstances(x -> {})).append('\n');
        out.append(t.ec2.describeImages(x -> x.imageIds(image))).append('\n');
        out.append(t.ec2.describeSnapshots(x -> x.ownerIds("self"))).append('\n');
        out.append(t.ec2.describeVolumes(x -> {})).append('\n');
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameTranscript() {
        assertThat(transcript(1234)).isEqualTo(transcript(1234));
    }

    @Test
    void anotherSeedGivesOtherIds() {
        assertThat(transcript(1234)).isNotEqualTo(transcript(4321));
    }

    @Test
    void readingTheAccountDoesNotShiftTheIdsOfNewResources() {
        TestCloud quiet = TestCloud.seeded(77);
        TestCloud chatty = TestCloud.seeded(77);
        for (int i = 0; i < 5; i++) {
            chatty.ec2.describeInstances(x -> {});
            chatty.ec2.describeImages(x -> x.owners("amazon"));
        }
        assertThat(chatty.launch("t3.micro")).isEqualTo(quiet.launch("t3.micro"));
    }
}
